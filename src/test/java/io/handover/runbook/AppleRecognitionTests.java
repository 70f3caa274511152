package io.handover.runbook;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.handover.enrolment.DeviceEnrolment;
import io.handover.enrolment.EnrolmentStep;
import io.handover.testing.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a device is an Apple one: its model, or else Apple Business's answer about its
 * serial number, remembered so that the schedule does not ask every minute.
 */
class AppleRecognitionTests {

	final TestClock clock = TestClock.at(LocalDate.of(2026, 12, 7));

	final Answering apple = new Answering();

	final AppleRecognition recognition = new AppleRecognition(this.apple, this.clock);

	@Test
	void aModelThatSaysMacIsEnoughAndNothingIsAsked() {
		assertThat(this.recognition.isApple("MacBook Air 13-inch", "C02ANY", null)).isTrue();
		assertThat(this.apple.asked).isEmpty();
	}

	@Test
	void aSerialAppleBusinessHoldsIsAnAppleDeviceWhateverItsModelAndIsAskedOnce() {
		this.apple.answers.put("C02K1", DeviceEnrolment.Recognition.KNOWN);

		assertThat(this.recognition.isApple("laptop-standard", "C02K1", null)).isTrue();
		this.clock.advance(Duration.ofDays(3));
		assertThat(this.recognition.isApple("laptop-standard", " c02k1 ", null)).isTrue();
		assertThat(this.recognition.isKnownApple("laptop-standard", "C02K1")).isTrue();

		assertThat(this.apple.asked).containsExactly("C02K1");
	}

	@Test
	void aSerialItDoesNotHoldIsNotAskedAgainForAnHour() {
		this.apple.answers.put("PF3X", DeviceEnrolment.Recognition.UNKNOWN);

		assertThat(this.recognition.isApple("laptop-standard", "PF3X", null)).isFalse();
		this.clock.advance(Duration.ofMinutes(59));
		assertThat(this.recognition.isApple("laptop-standard", "PF3X", null)).isFalse();
		assertThat(this.apple.asked).hasSize(1);
		// bought through the reseller since, say: asked again after the hour
		this.apple.answers.put("PF3X", DeviceEnrolment.Recognition.KNOWN);
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.recognition.isApple("laptop-standard", "PF3X", null)).isTrue();
		assertThat(this.apple.asked).hasSize(2);
	}

	@Test
	void whenAppleCannotBeAskedTheModelDecidesAndItIsAskedAgainSoon() {
		this.apple.answers.put("C02UNSURE", DeviceEnrolment.Recognition.UNSURE);

		assertThat(this.recognition.isApple("laptop-standard", "C02UNSURE", null)).isFalse();
		assertThat(this.recognition.isApple("laptop-standard", "C02UNSURE", null)).isFalse();
		assertThat(this.apple.asked).hasSize(1);
		this.clock.advance(AppleRecognition.FORGET_UNSURE);
		this.apple.answers.put("C02UNSURE", DeviceEnrolment.Recognition.KNOWN);
		assertThat(this.recognition.isApple("laptop-standard", "C02UNSURE", null)).isTrue();
	}

	@Test
	void aDeviceWithAWindowsHardwareHashOrWithoutASerialIsNeverAskedAbout() {
		assertThat(this.recognition.isApple("laptop-standard", "PF3HASH", "T0FBQUFB")).isFalse();
		assertThat(this.recognition.isApple("laptop-standard", " ", null)).isFalse();
		assertThat(this.recognition.isApple(null, null, null)).isFalse();
		assertThat(this.recognition.isKnownApple("laptop-standard", "PF3HASH")).isFalse();

		assertThat(this.apple.asked).isEmpty();
	}

	/** Apple Business's answers, and what was asked. */
	static final class Answering implements DeviceEnrolment {

		final Map<String, Recognition> answers = new java.util.HashMap<>();

		final List<String> asked = new ArrayList<>();

		@Override
		public Recognition recognise(String serialNumber) {
			this.asked.add(serialNumber);
			return this.answers.getOrDefault(serialNumber.toUpperCase(), Recognition.UNKNOWN);
		}

		@Override
		public boolean isAppleModel(String model) {
			return model != null && model.toLowerCase().contains("mac");
		}

		@Override
		public boolean isDryRun() {
			return false;
		}

		@Override
		public EnrolmentStep assign(String serialNumber) {
			throw new UnsupportedOperationException();
		}

		@Override
		public EnrolmentStep release(String serialNumber) {
			throw new UnsupportedOperationException();
		}

		@Override
		public EnrolmentStep follow(String serialNumber, String activityId) {
			throw new UnsupportedOperationException();
		}

	}

}
