package io.handover.intake;

import java.util.List;

import io.handover.profile.ProfileManagement;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Reading a manager's words must not read the role profiles from the store every time:
 * the starter announcement is the busiest turn.
 */
class RoleCatalogueTests {

	@Test
	void theProfilesAreReadOnceForManyAnnouncements() {
		ProfileManagement profiles = mock(ProfileManagement.class);
		when(profiles.all()).thenReturn(List.of());
		RoleCatalogue catalogue = new RoleCatalogue(profiles);

		for (int i = 0; i < 100; i++) {
			catalogue.current().keyOf("account manager");
		}

		verify(profiles, times(1)).all();
	}

}
