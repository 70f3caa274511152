package io.handover.hr.nmbrs;

import java.net.InetSocketAddress;
import java.time.LocalDate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.handover.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refresh token Nmbrs renews on every use outlives Handover's restart: it is in the
 * store, over the real wire protocol, and only the newest is there.
 */
class StoredNmbrsRefreshTokensTests {

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final InetSocketAddress address = this.server.bind();

	private final MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + this.address.getPort());

	private final TestClock clock = TestClock.at(LocalDate.of(2026, 1, 12));

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void nothingIsKeptBeforeTheFirstRenewal() {
		assertThat(tokens().newest()).isEmpty();
	}

	@Test
	void theNewestRenewalIsWhatTheNextStartFinds() {
		tokens().keep("nm-refresh-2");
		tokens().keep("nm-refresh-3");

		assertThat(tokens().newest()).contains("nm-refresh-3");
		assertThat(new MongoTemplate(this.client, "handover").getCollection(StoredNmbrsRefreshTokens.COLLECTION)
			.countDocuments()).as("one document, replaced in place").isEqualTo(1);
	}

	/** A new instance each time, as after a restart. */
	private StoredNmbrsRefreshTokens tokens() {
		return new StoredNmbrsRefreshTokens(new MongoTemplate(this.client, "handover"), this.clock);
	}

}
