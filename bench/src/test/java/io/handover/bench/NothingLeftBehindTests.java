package io.handover.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The simulation's reading of the service's audit trail: which guard look opened a task.
 * The entries are shaped as {@code GET /api/audit} answers them (each change's before and
 * after are JSON text, see {@code io.handover.audit.Change}).
 */
class NothingLeftBehindTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static JsonNode audit(String entries) throws Exception {
		return JSON.readTree(entries.replace('\'', '"'));
	}

	@Test
	void theLookThatOpenedATaskIsReadFromItsAuditEntryAsTheApiAnswersIt() throws Exception {
		JsonNode audit = audit("[{'action': 'guard-checked', 'why': 'notice: 2 thing(s) still to do',"
				+ " 'changes': {'residues': {'before': null, 'after': '[\\\"Account enabled\\\"]'}}},"
				+ " {'action': 'guard-checked', 'why': 'hourly: 1 residue(s), 0 area(s) not observable',"
				+ " 'changes': {'look': {'before': null, 'after': '\\\"hourly\\\"'},"
				+ " 'tasksOpened': {'before': null, 'after': '[\\\"t-7\\\",\\\"t-8\\\"]'}}}]");

		assertEquals("hourly", NothingLeftBehind.triggerOf(audit, "t-8"));
		assertEquals("unknown", NothingLeftBehind.triggerOf(audit, "t-9"));
	}

	@Test
	void anEntryWithoutALookOfItsOwnIsReadFromItsReason() throws Exception {
		JsonNode audit = audit(
				"[{'action': 'guard-checked', 'why': 'task closed: 1 residue(s), 0 area(s) not observable',"
						+ " 'changes': {'tasksOpened': {'before': null, 'after': '[\\\"t-1\\\"]'}}}]");

		assertEquals("task closed", NothingLeftBehind.triggerOf(audit, "t-1"));
	}

}
