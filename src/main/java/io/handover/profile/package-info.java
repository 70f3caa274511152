/**
 * Role profiles and departments: what a role gets (assets, access groups, applications,
 * extra tasks) and what each department does for a joiner, a mover and a leaver (its task
 * catalogue). Profiles ship as YAML, are loaded into the store at start and are edited
 * through the API; departments and their catalogues are configuration.
 */
package io.handover.profile;
