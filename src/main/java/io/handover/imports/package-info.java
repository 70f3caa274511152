/**
 * File imports shared by the features that load data in bulk (employees, assets, HR
 * employments): an upload received and decoded strictly before any row is read, rows
 * checked and written in batches, each run recorded with its progress so it can be
 * followed and cancelled ({@code /api/imports/{id}}), and the streamed answer every CSV
 * endpoint gives. What a row means stays with the feature that imports it.
 */
package io.handover.imports;
