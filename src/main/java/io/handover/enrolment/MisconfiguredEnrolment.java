package io.handover.enrolment;

/**
 * Apple Business with an API account whose private key cannot be used (a Key Vault
 * reference that did not resolve, or text that is no P-256 PEM key): Handover still
 * starts, nothing is sent, and every Apple device's step is blocked on IT's card with
 * what to fix — never a silent dry run, never a crash of the whole service.
 */
final class MisconfiguredEnrolment implements DeviceEnrolment {

	private final AppleBusinessProperties properties;

	private final String problem;

	MisconfiguredEnrolment(AppleBusinessProperties properties, String problem) {
		this.properties = properties;
		this.problem = problem;
	}

	@Override
	public boolean isDryRun() {
		return false;
	}

	@Override
	public boolean isAppleModel(String model) {
		return this.properties.isAppleModel(model);
	}

	@Override
	public Recognition recognise(String serialNumber) {
		return Recognition.UNSURE;
	}

	@Override
	public EnrolmentStep assign(String serialNumber) {
		throw failure();
	}

	@Override
	public EnrolmentStep release(String serialNumber) {
		throw failure();
	}

	@Override
	public EnrolmentStep follow(String serialNumber, String activityId) {
		throw failure();
	}

	/** What is wrong, for the log at start-up and the blocked tasks. */
	String problem() {
		return this.problem;
	}

	private EnrolmentFailure failure() {
		return new EnrolmentFailure(0, "configuration",
				"Handover's Apple Business API account cannot be used: " + this.problem + "; nothing was sent",
				"fix handover.apple-business.private-key (HANDOVER_APPLE_BUSINESS_PRIVATE_KEY, in Azure the Key Vault "
						+ "secret apple-business-private-key) and restart Handover");
	}

	@Override
	public String toString() {
		return "MisconfiguredEnrolment[" + this.properties + "]";
	}

}
