package io.handover.e2e;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.handover.e2e.Playground.Sent;
import io.handover.testing.Surnames;
import io.handover.testing.TestClockConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, "tried through the Playground: a file import from the personal chat gives its
 * report card". In Teams a file sent to a bot arrives as a message with an
 * {@code application/vnd.microsoft.teams.file.download.info} attachment: a short-lived,
 * pre-authorised download link. The Playground's compose box sends text only (no
 * attachments), but its custom activities deliver any activity as it is, this one
 * included (the Playground's own activity templates carry such an attachment). So Hanna
 * (HR staff) sends a CSV of employments in the personal chat through a custom activity;
 * its link points at a file server on this machine, which local mode allows (in Teams the
 * link is SharePoint's). The bot downloads it, imports it and answers with the report
 * card, which the Playground shows.
 */
@PlaygroundTest
class FileImportInPlaygroundTests {

	@Test
	void hrStaffSendAFileOfEmploymentsInThePersonalChatAndGetTheReportCard(Playground playground) throws Exception {
		// Hanna is HR staff as a member of the team whose channel is linked to HR
		JoinerLeaverJourneyInPlaygroundTests.departmentsLinkTheirChannels(playground);
		String family = Surnames.unique();
		String csv = "employeeId,givenName,familyName,email,jobTitle,startDate\n" + "PG-" + family + ",Noor," + family
				+ ",noor." + family.toLowerCase(Locale.ROOT) + "@example.com,Account manager,"
				+ TestClockConfiguration.TODAY.plusDays(63) + "\n" + "PG-" + family + "-2,Bram," + family
				+ ",,Account manager,\n";
		AtomicInteger downloads = new AtomicInteger();
		HttpServer files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		files.createContext("/employments.csv", exchange -> {
			downloads.incrementAndGet();
			byte[] body = csv.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
			exchange.close();
		});
		files.start();
		try {
			String url = "http://127.0.0.1:" + files.getAddress().getPort() + "/employments.csv";

			Sent sent = playground.sendFileAs(MockTenant.HR_STAFF, MockTenant.PERSONAL_CHAT, "hr employments",
					"employments.csv", "csv", url);

			PlaygroundMessage report = playground.replyTo(sent);
			assertThat(report.hasCard()).isTrue();
			assertThat(report.cardText()).contains("employments.csv", "Created: 1", "Rejected: 1", "Row 3");
			assertThat(downloads.get()).as("the file was downloaded once").isEqualTo(1);
		}
		finally {
			files.stop(0);
		}
	}

}
