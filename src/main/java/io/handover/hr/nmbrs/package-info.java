/**
 * Nmbrs as an HR source: the company's employees' personal info, employments and
 * functions read through the Nmbrs REST API with a refresh token from a one-time
 * approval, renewed and kept on every use.
 */
package io.handover.hr.nmbrs;
