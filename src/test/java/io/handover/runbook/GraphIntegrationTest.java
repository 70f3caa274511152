package io.handover.runbook;

import io.handover.testing.LiveDirectoryTest;

/**
 * The runbook tests' base: the whole application with the directory on the Graph and
 * token stubs (one shared Spring context, see {@link LiveDirectoryTest}).
 */
abstract class GraphIntegrationTest extends LiveDirectoryTest {

}
