/**
 * Spring configuration that every module relies on: the store (embedded or MongoDB), the
 * clock, web security and error rendering. No business rules live here.
 */
package io.handover.system;
