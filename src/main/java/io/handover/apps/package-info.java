/**
 * The application register: every application a role may use, who owns it, whether it is
 * federated to the central directory (access is a group, so removing the group closes it)
 * or standalone (its own accounts, which someone must close), and how to deactivate an
 * account there. Leavers get an owner task per standalone application; joiners and movers
 * get the federated applications' groups.
 */
package io.handover.apps;
