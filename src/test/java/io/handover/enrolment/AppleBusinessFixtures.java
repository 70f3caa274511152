package io.handover.enrolment;

import java.time.Clock;

import io.handover.testing.AppleBusinessEmulator;
import io.handover.testing.Surnames;

/**
 * Apple Business as each enrolment test finds it: the emulator's record of calls cleared,
 * its clock the test's, Intune among its device management services and a fresh API
 * account for Handover; and serial numbers that no other test uses.
 */
final class AppleBusinessFixtures {

	private AppleBusinessFixtures() {
	}

	/**
	 * Clears the emulator's record, sets its clock, adds Intune and opens an API account.
	 */
	static AppleBusinessEmulator.ApiAccount apiAccount(AppleBusinessEmulator apple, Clock clock, String intune) {
		apple.resetRecord();
		apple.now(clock::instant);
		apple.addMdmServer(intune, "Microsoft Intune");
		return apple.createApiAccount();
	}

	/** The serial number of an Apple device of this test's own. */
	static String serial() {
		return "C02" + Surnames.unique().toUpperCase();
	}

}
