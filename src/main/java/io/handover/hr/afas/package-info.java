/**
 * AFAS Profit as an HR source: one GetConnector of employments read page by page through
 * the Profit REST services with an App Connector token, its fields mapped by
 * configuration.
 */
package io.handover.hr.afas;
