package io.handover.testing;

import io.handover.common.Actor;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;

/**
 * A Teams user who manages people: in the register with one report, so the starters they
 * announce for themselves open tickets instead of becoming requests for HR.
 */
public final class PeopleManagers {

	private PeopleManagers() {
	}

	/**
	 * Registers "Marieke {id}" (Teams object id {@code aad-manager-{id}}) with a report.
	 */
	public static void marieke(EmployeeDirectory employees, String id) {
		String upn = "marieke." + id + "@contoso.example";
		employees.register(new NewEmployee("Marieke " + id, upn, "aad-manager-" + id, null, null),
				Actor.system("test"));
		employees.register(
				new NewEmployee("Rik Rapport " + Surnames.unique(), "rik." + id + "@contoso.example", null, null, upn),
				Actor.system("test"));
	}

}
