package io.handover.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.handover.e2e.Playground.Sent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trial of issue 18 through Microsoft 365 Agents Playground: announcements written for
 * this trial only (in no corpus, never tuned on), sent in the manager's personal chat as
 * a manager types them; the prefilled forms are compared with what the manager meant
 * (kind, name, date, role) and the score is printed. It fails only when a message gets no
 * form or question at all (a measure, not a gate). First run (session 14): 22 of 26
 * people fully right (kind 25, name 23, date 25, role 24); 23 of 26 after initials became
 * part of a name. Today is Monday 23 November 2026.
 */
@PlaygroundTest
class AnnouncementsInPlaygroundTrialTests {

	/** What the manager meant: kind by the form's submit verb, role key or null. */
	record Meant(String kind, String name, String date, String role) {
	}

	record Trial(String text, List<Meant> people) {

		Trial(String text, Meant... people) {
			this(text, List.of(people));
		}

	}

	static Meant starter(String name, String date, String role) {
		return new Meant("starter", name, date, role);
	}

	static Meant leaver(String name, String date) {
		return new Meant("leaver", name, date, null);
	}

	static Meant mover(String name, String date, String role) {
		return new Meant("mover", name, date, role);
	}

	static final List<Trial> TRIALS = List.of(
			new Trial("Goedemiddag! Lotte Verbeek start maandag 7 december bij ons als verzorgende.",
					starter("Lotte Verbeek", "2026-12-07", "care-worker")),
			new Trial("Quick one: Tom Hendriks has handed in his notice, final day is 15 January 2027.",
					leaver("Tom Hendriks", "2027-01-15")),
			new Trial("Fatima El Idrissi moves from care worker to facility coordinator on 1 February 2027.",
					mover("Fatima El Idrissi", "2027-02-01", "facility-coordinator")),
			new Trial("Kun je een account klaarzetten voor Daan de Graaf? Hij begint 11 januari als programmeur.",
					starter("Daan de Graaf", "2027-01-11", "software-engineer")),
			new Trial("Het contract van Sem Jacobs loopt af op 31 december, dat is dan ook zijn laatste werkdag.",
					leaver("Sem Jacobs", "2026-12-31")),
			new Trial("We've hired Olivia Brouwer as a sales representative; her first day is 4 January 2027.",
					starter("Olivia Brouwer", "2027-01-04", "account-manager")),
			new Trial("Noah van Leeuwen gaat per 1 maart 2027 aan de slag als facilitair medewerker.",
					starter("Noah van Leeuwen", "2027-03-01", "facility-coordinator")),
			new Trial("Emma Mulder leaves the company on Friday 18 December.", leaver("Emma Mulder", "2026-12-18")),
			new Trial("Vanaf 4 januari 2027 gaat Lucas Dekker als ontwikkelaar werken in plaats van als verkoper.",
					mover("Lucas Dekker", "2027-01-04", "software-engineer")),
			new Trial("Please set up Mia Smits, a new carer starting on 14 December.",
					starter("Mia Smits", "2026-12-14", "care-worker")),
			new Trial("Julia Peeters stopt bij ons; haar laatste dag is 8 januari 2027.",
					leaver("Julia Peeters", "2027-01-08")),
			new Trial("Hoi, Finn Bos komt over twee weken ons salesteam versterken als accountmanager.",
					starter("Finn Bos", "2026-12-07", "account-manager")),
			new Trial("Sophie Jansen's last working day will be 29 January 2027, can you arrange the offboarding?",
					leaver("Sophie Jansen", "2027-01-29")),
			new Trial("From 1 February 2027 Milan Vos will work as a software developer instead of account manager.",
					mover("Milan Vos", "2027-02-01", "software-engineer")),
			new Trial("Nieuwe collega: Zo\u00eb Kramer, zorgmedewerker, start 5 januari 2027.",
					starter("Zo\u00eb Kramer", "2027-01-05", "care-worker")),
			new Trial("Levi Schouten is leaving us at the end of next week, last day Friday 4 December.",
					leaver("Levi Schouten", "2026-12-04")),
			new Trial("Per 15 januari 2027 neemt Anouk de Ruiter afscheid van ons.",
					leaver("Anouk de Ruiter", "2027-01-15")),
			new Trial("Ruben Postma joins the facilities team as facility coordinator on 11 January 2027.",
					starter("Ruben Postma", "2027-01-11", "facility-coordinator")),
			new Trial("Isa van den Heuvel wordt per 1 april 2027 accountmanager; nu is ze nog verzorgende.",
					mover("Isa van den Heuvel", "2027-04-01", "account-manager")),
			new Trial("Could you prepare a laptop for Noor Hoekstra? She's starting 4 January 2027 as a developer.",
					starter("Noor Hoekstra", "2027-01-04", "software-engineer")),
			new Trial("Thijs Koster heeft ontslag genomen. Zijn laatste werkdag is vrijdag 22 januari 2027.",
					leaver("Thijs Koster", "2027-01-22")),
			new Trial("Hi team, Amira Haddad starts tomorrow as a caregiver.",
					starter("Amira Haddad", "2026-11-24", "care-worker")),
			new Trial("Bram Wouters en Eva Maas beginnen allebei op 4 januari 2027 als ontwikkelaar.",
					starter("Bram Wouters", "2027-01-04", "software-engineer"),
					starter("Eva Maas", "2027-01-04", "software-engineer")),
			new Trial("Kevin O'Brien switches to account manager from 8 February 2027, until then he is a software "
					+ "engineer.", mover("Kevin O'Brien", "2027-02-08", "account-manager")),
			new Trial("Laatste werkdag van J. de Haas is 30 december.", leaver("J. de Haas", "2026-12-30")));

	/**
	 * The second trial (session 18), written by the lead before that session's parser
	 * changes, in no corpus and never tuned on; scored against the parser at the end of
	 * each session.
	 */
	static final List<Trial> SECOND_TRIALS = List.of(
			new Trial("Morning! Just to let you know: Hannah Visser is joining us on 1 February 2027 as an account "
					+ "manager.", starter("Hannah Visser", "2027-02-01", "account-manager")),
			new Trial("Goedemorgen, per 4 januari komt Jesse van Dam ons team versterken als software developer.",
					starter("Jesse van Dam", "2027-01-04", "software-engineer")),
			new Trial("Helaas gaat Mirjam Bakker ons verlaten. Haar laatste werkdag is 26 februari 2027.",
					leaver("Mirjam Bakker", "2027-02-26")),
			new Trial("Can you start the offboarding for Greg Thompson? He finishes on Friday 11 December.",
					leaver("Greg Thompson", "2026-12-11")),
			new Trial("Vanaf maandag 7 december werkt Yara Benali als facilitair medewerker in plaats van "
					+ "zorgmedewerker.", mover("Yara Benali", "2026-12-07", "facility-coordinator")),
			new Trial("New starter next Monday: Pieter-Jan Claes, developer.",
					starter("Pieter-Jan Claes", "2026-11-30", "software-engineer")),
			new Trial("Marleen ter Horst gaat met pensioen; 31 maart 2027 is haar laatste dag.",
					leaver("Marleen ter Horst", "2027-03-31")),
			new Trial("Hi, Ahmed Yilmaz will be moving from the sales team to facilities as facility coordinator "
					+ "from 1 March 2027.", mover("Ahmed Yilmaz", "2027-03-01", "facility-coordinator")),
			new Trial("Wil je alles regelen voor onze nieuwe verzorgende Femke Smit? Ze begint op 14-12-2026.",
					starter("Femke Smit", "2026-12-14", "care-worker")),
			new Trial("Dennis Kok's contract ends on 31 December and won't be renewed.",
					leaver("Dennis Kok", "2026-12-31")),
			new Trial("Over drie weken start Sanne de Boer bij ons als accountmanager.",
					starter("Sanne de Boer", "2026-12-14", "account-manager")),
			new Trial("Please offboard Lisa Chen, last day 18/12/2026.", leaver("Lisa Chen", "2026-12-18")),
			new Trial("Karim Mansour wordt per 1 februari 2027 programmeur; hij was verkoper.",
					mover("Karim Mansour", "2027-02-01", "software-engineer")),
			new Trial(
					"Hey! We hired two carers: Ingrid Hansen and Tom\u00e1s Garc\u00eda, both starting 4 January 2027.",
					starter("Ingrid Hansen", "2027-01-04", "care-worker"),
					starter("Tom\u00e1s Garc\u00eda", "2027-01-04", "care-worker")),
			new Trial("Ruud van der Meer neemt op vrijdag 29 januari 2027 afscheid.",
					leaver("Ruud van der Meer", "2027-01-29")),
			new Trial("Eline Wouters begint morgen als zorgmedewerker.",
					starter("Eline Wouters", "2026-11-24", "care-worker")),
			new Trial("Our developer Jonas Lindqvist has resigned; his final day is 15 January 2027.",
					leaver("Jonas Lindqvist", "2027-01-15")),
			new Trial("Kun je voor Nadia El Amrani een account aanmaken? Ze start 1 december als programmeur.",
					starter("Nadia El Amrani", "2026-12-01", "software-engineer")),
			new Trial("From 18 January 2027, Chlo\u00e9 Dubois takes up the role of account manager (currently a care "
					+ "worker).", mover("Chlo\u00e9 Dubois", "2027-01-18", "account-manager")),
			new Trial("Tim Vermeulen (facilitair co\u00f6rdinator) vertrekt; zijn laatste werkdag is 26 februari 2027.",
					leaver("Tim Vermeulen", "2027-02-26")),
			new Trial("Starting Monday 4 January 2027: Oliver Wright, software engineer. Could you get his laptop "
					+ "ready?", starter("Oliver Wright", "2027-01-04", "software-engineer")),
			new Trial("Bericht van HR: Lieke Jansen-de Vries treedt op 1 februari 2027 in dienst als verzorgende.",
					starter("Lieke Jansen-de Vries", "2027-02-01", "care-worker")),
			new Trial("Matthijs de Wit stopt eind december; laatste werkdag 31-12-2026.",
					leaver("Matthijs de Wit", "2026-12-31")),
			new Trial("Quick heads-up: Priya Raman starts in two weeks as a sales rep.",
					starter("Priya Raman", "2026-12-07", "account-manager")),
			new Trial("Per 1 april 2027 wisselt Joost Hermans van functie: van programmeur naar accountmanager.",
					mover("Joost Hermans", "2027-04-01", "account-manager")),
			new Trial("Emily Clarke is leaving us \u2014 last working day Thursday 17 December.",
					leaver("Emily Clarke", "2026-12-17")),
			new Trial("Volgende week maandag begint Robin Dijkstra als facilitair co\u00f6rdinator.",
					starter("Robin Dijkstra", "2026-11-30", "facility-coordinator")),
			new Trial("Could you set up accounts for Mei Ling Tan? She joins as a caregiver on 8 February 2027.",
					starter("Mei Ling Tan", "2027-02-08", "care-worker")),
			new Trial("Sander Mulder gaat ons helaas verlaten per 15 januari 2027.",
					leaver("Sander Mulder", "2027-01-15")),
			new Trial("Hoi! Op 11 januari start Bas Pronk als developer en Fleur Vos als verzorgende.",
					starter("Bas Pronk", "2027-01-11", "software-engineer"),
					starter("Fleur Vos", "2027-01-11", "care-worker")));

	@Test
	void announcementsNoCorpusHoldsComeBackAsForms(Playground playground) {
		score(playground, "", TRIALS);
	}

	@Test
	void theSecondTrialsAnnouncementsComeBackAsForms(Playground playground) {
		score(playground, " (second)", SECOND_TRIALS);
	}

	private static void score(Playground playground, String which, List<Trial> trials) {
		int people = 0;
		int right = 0;
		int[] fields = new int[4];
		List<String> report = new ArrayList<>();
		for (Trial trial : trials) {
			Sent sent = playground.say(MockTenant.PERSONAL_CHAT, trial.text());
			PlaygroundMessage reply = playground.replyTo(sent);
			assertThat(reply.hasCard()).as("a form or a question for: " + trial.text()).isTrue();
			assertThat(reply.cardText()).as(trial.text()).doesNotContain("did not understand");
			List<JsonNode> forms = new ArrayList<>(reply.cards());
			// two people may come as one form each, in messages of their own
			for (PlaygroundMessage last = reply; forms.size() < trial.people().size();) {
				PlaygroundMessage previous = last;
				try {
					last = playground.awaitMessage(previous.sequence(),
							m -> m.fromBot() && m.conversationId().equals(sent.conversationId()), Duration.ofSeconds(5),
							"the next form for: " + trial.text());
				}
				catch (AssertionError none) {
					break; // scored as a miss below
				}
				forms.addAll(last.cards());
			}
			for (int i = 0; i < trial.people().size(); i++) {
				Meant meant = trial.people().get(i);
				people++;
				Meant read = i < forms.size() ? read(forms.get(i)) : new Meant(null, null, null, null);
				boolean[] ok = { meant.kind().equals(read.kind()), meant.name().equals(read.name()),
						meant.date().equals(read.date()), meant.role() == null
								? read.role() == null || read.role().isEmpty() : meant.role().equals(read.role()) };
				boolean all = true;
				for (int f = 0; f < 4; f++) {
					fields[f] += ok[f] ? 1 : 0;
					all &= ok[f];
				}
				right += all ? 1 : 0;
				report.add((all ? "RIGHT " : "MISS  ") + trial.text() + "\n       meant " + meant + "\n       read  "
						+ read);
			}
		}
		System.out.println("PLAYGROUND TRIAL" + which + " (issue 18): " + right + " of " + people
				+ " people fully right; kind " + fields[0] + ", name " + fields[1] + ", date " + fields[2] + ", role "
				+ fields[3] + " of " + people);
		report.forEach(line -> System.out.println("PLAYGROUND TRIAL" + which + " " + line));
	}

	/** What a form card was prefilled with; a kind question reads as no kind. */
	static Meant read(JsonNode card) {
		String verb = "";
		for (JsonNode action : card.path("actions")) {
			String v = action.path("verb").asString("");
			if (v.endsWith(".submit")) {
				verb = v.substring("form.".length(), v.length() - ".submit".length());
			}
		}
		String name = null;
		String date = null;
		String role = null;
		for (JsonNode input : card.findParents("id")) {
			String id = input.path("id").asString("");
			String value = input.path("value").asString("");
			switch (id) {
				case "employeeName" -> name = value;
				case "startDate", "lastWorkingDay", "effectiveDate" -> date = value;
				case "roleProfile", "newRoleProfile" -> role = value;
				default -> {
				}
			}
		}
		return new Meant(verb.isEmpty() ? "question" : verb, name, date, role);
	}

}
