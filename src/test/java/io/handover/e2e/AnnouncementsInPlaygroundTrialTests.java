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
 * part of a name. Today is Monday 23 November 2026. Third trial, session 21: first run 29
 * of 34 people fully right (kind 34, name 31, date 32, role 32); in the same run the
 * first trial scored 26 of 26 and the second 32 of 32. Fourth trial, session 26: first
 * run 34 of 35 people fully right (kind 34, name 35, date 35, role 34; the miss: a care
 * worker who moves to a job the catalogue has not, read as a care worker starting); in
 * the same run the first trial scored 26 of 26, the second 32 of 32 and the third 32 of
 * 34. Fifth trial, session 27: first run 30 of 34 people fully right (kind 34, name 33,
 * date 31, role 34; the misses: "eind januari" beat the stated "za 30 jan", "next Friday"
 * read as this week's Friday, the first of two leavers whose shared date comes in the
 * next sentence got no date, and a lower-case chat opener "ff melden" taken for the
 * name); in the same run the first trial scored 26 of 26, the second 32 of 32, the third
 * 33 of 34 (its "next Friday" read as this week's) and the fourth 35 of 35. Sixth trial,
 * session 28: written by a helper who never read the parser, ten other sectors; first run
 * 34 of 35 people fully right (kind 34, name 35, date 35, role 35; the miss: a programmer
 * who "zat tot nu toe bij onze servicedesk" read as a starter, not a mover; fixed with an
 * own example); in the same run the first scored 26 of 26, the second 32 of 32, the third
 * 33 of 34, the fourth 35 of 35 and the fifth 33 of 34. Seventh trial, session 29 (ten
 * more sectors, by someone who never read the parser): first run 33 of 36 people fully
 * right (kind 34, name 36, date 36, role 35; the misses: "presently lab technician in our
 * faculty, will take up the post of …" and "stops doing customer support and becomes …"
 * read as starters, not movers, and "(backend eng)" given no role); in the same run the
 * first scored 26 of 26, the second 32 of 32, the third 33 of 34, the fourth 35 of 35,
 * the fifth 33 of 34 and the sixth 35 of 35. Eighth trial, session 30 (ten more sectors,
 * by someone who never read the parser): first run 33 of 37 people fully right (kind 35,
 * name 37, date 36, role 35; the misses: a counter clerk who "gaat ... bij ons IT-team
 * aan de slag als programmeur" read as a starter and "is leaving the phones! ... joins
 * our dev team as a junior developer" read as a leaver, not movers; a "property
 * developer" given the software engineer role; and the second of two canteen managers
 * starting "zaterdag 5 december" given this week's Saturday, 28 November, likely from the
 * question "kan dat voor zaterdag geregeld zijn?"); in the same run the first scored 26
 * of 26, the second 32 of 32, the third 33 of 34, the fourth 35 of 35, the fifth 33 of
 * 34, the sixth 35 of 35 and the seventh 34 of 36. After session 30's round on the
 * nineteenth blind set's kinds: the eighth still 33 of 37, the seventh 36 of 36; tuned on
 * its four kinds with own examples (tuning-34): 37 of 37. Ninth trial, session 31 (ten
 * more sectors, by someone who never read the parser): first run 33 of 37 people fully
 * right (kind 35, name 37, date 34, role 37; the misses: "from next Friday Marco Rossi is
 * no longer at the guitar counter, he becomes our sales rep" and "Camille Dubois, who is
 * working at the reception since two years, will become our developer" read as starters,
 * not movers; "next Friday" read as this week's, 27 November, for that mover and for a
 * swimming instructor's last day; and the typo "per 1 febuari" left a mover's date
 * empty). After the lead's two fixes (a month with one slip beside a day number, work at
 * a unit of ours said now or no longer): 35 of 37; the two left are "next Friday" said on
 * a Monday, prefilled as this week's Friday with a note that it may be the week after
 * (the corpus's convention; the third, fifth and ninth trials' writers meant the week
 * after). Tenth trial, session 32 (ten more sectors, by someone who never read the
 * parser): first run 34 of 39 people fully right (kind 36, name 39, date 37, role 38; the
 * misses: a Flemish showroom clerk who "trekt ... de baan op als vertegenwoordiger" and a
 * honey extractor who "stopt per 1 januari met het slingeren van de honing en gaat dan
 * ... onze webwinkel ... doen" read as leavers, and "swaps the shop counter for the
 * computer. From 4 January he is our programmer" read as a starter, not movers; the
 * German-style "from 1.12." given no date; and "de week na volgende op maandag" read as
 * next week's Monday, 30 November, not 7 December). After the lead's fixes of its kinds
 * with own examples ("de week na volgende", a day and month with dots after "from", a
 * task of ours taken on after stopping): 37 of 39; in the same run the earlier trials as
 * before. Eleventh trial, session 33 (a botanical garden, a glassworks, a cheese
 * wholesaler, a tattoo studio, a bridal shop, a dance school, a tea importer, a
 * hearing-aid shop chain, a locksmith, an upholstery workshop; by someone who never read
 * the parser): first run 34 of 38 people fully right (kind 34, name 36, date 36, role 36;
 * the misses: a guest artist who "werkt bij ons vanaf volgende week dinsdag" and a cutter
 * who "will step away from the cutting table and look after our building … as Facility
 * Coordinator" got no form, a teacher who "stopt met lesgeven en gaat over twee weken
 * onze facilitaire zaken doen, als facilitair coördinator" read as a leaver, and a
 * warehouse worker who becomes "onze nieuwe programmeur …; tot nu toe werkte hij in het
 * magazijn" read as a starter). After the lead's fixes of those kinds with own examples:
 * 38 of 38; the earlier trials as before. Twelfth trial, session 34 (a driving school, a
 * cinema, a notary office, a bicycle shop chain, a flower wholesaler, a photo studio, a
 * sign maker, a translation agency, a dog-grooming salon, a sailing school; by someone
 * who never read the parser): first run 36 of 38 (kind 36, name 37, date 37, role 37; the
 * misses: an instructor who "stopt met lesgeven en komt vanaf 4 januari bij ons op
 * kantoor …, ze wordt daar onze facilitair medewerker" read as a leaver, and a translator
 * who "gaat … van Maastricht naar ons kantoor in Rotterdam" after another's start got no
 * form). After the lead's fixes with own examples: 38 of 38.
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

	/**
	 * The third trial (session 21), written by a helper who read neither the parser nor
	 * any corpus: other sectors and wordings, the way managers type in a Teams chat on a
	 * phone or at a desk (no capitals, polite, a corrected date, a forwarded mail,
	 * relative dates, numeric dates, two people in one message).
	 */
	static final List<Trial> THIRD_TRIALS = List.of(
			new Trial("hey quick one, new dev for the webshop team starting monday 7 dec, name is sven hoekman. can u "
					+ "sort his laptop n stuff", starter("Sven Hoekman", "2026-12-07", "software-engineer")),
			new Trial("Goedemorgen, zou je zo vriendelijk willen zijn om alvast alles in orde te maken voor mevrouw "
					+ "No\u00eblle Verhaegen? Zij komt per 1 februari 2027 ons wijkteam Noord versterken als "
					+ "wijkverzorgende.", starter("No\u00eblle Verhaegen", "2027-02-01", "care-worker")),
			new Trial("Volgende week maandag start Wouter van 't Hek bij de facilitaire dienst als co\u00f6rdinator.",
					starter("Wouter van 't Hek", "2026-11-30", "facility-coordinator")),
			new Trial("Bad news, Chidi Okonkwo has resigned, his last day with us is next Friday.",
					leaver("Chidi Okonkwo", "2026-12-04")),
			new Trial(
					"Correctie op mijn vorige bericht: Aylin \u00c7elik begint niet op 4 januari maar op 11 januari "
							+ "2027, als accountmanager.",
					starter("Aylin \u00c7elik", "2027-01-11", "account-manager")),
			new Trial("FW: New hire confirmation\n\nFrom: Recruitment\nSent: Friday, 20 November 2026\nSubject: New "
					+ "hire confirmation\n\nWe are pleased to confirm that Siobh\u00e1n O'Connell has accepted our offer "
					+ "for the position of Software Developer. Start date: Monday 18 January 2027.",
					starter("Siobh\u00e1n O'Connell", "2027-01-18", "software-engineer")),
			new Trial(
					"Per 1 maart 2027 stapt Jan-Willem Bosman over van de zorg naar de facilitaire dienst: hij stopt "
							+ "als verzorgende en wordt facilitair medewerker.",
					mover("Jan-Willem Bosman", "2027-03-01", "facility-coordinator")),
			new Trial(
					"Two leavers from the night shift: Dmitri Volkov and Grace Mensah both have their last shift on "
							+ "29 January 2027.",
					leaver("Dmitri Volkov", "2027-01-29"), leaver("Grace Mensah", "2027-01-29")),
			new Trial(
					"Marloes van der Linden gaat ons eind december verlaten (laatste werkdag 31-12-2026); haar "
							+ "opvolger Youssef Amrani begint 4 januari als accountmanager.",
					leaver("Marloes van der Linden", "2026-12-31"),
					starter("Youssef Amrani", "2027-01-04", "account-manager")),
			new Trial(
					"Hi, hope you're well. Would you mind updating Priyanka Sharma's setup? From 15 February 2027 she "
							+ "moves from account manager to software engineer in our product team. Many thanks!",
					mover("Priyanka Sharma", "2027-02-15", "software-engineer")),
			new Trial(
					"hoi, over drie weken begint er een nieuwe verzorgende in de thuiszorg, lisa van der poel. wil je "
							+ "haar account vast klaarzetten?",
					starter("Lisa van der Poel", "2026-12-14", "care-worker")),
			new Trial(
					"Jos\u00e9 Fern\u00e1ndez joins the housing association's facilities team on Wednesday 6 January "
							+ "2027 as facilities coordinator.",
					starter("Jos\u00e9 Fern\u00e1ndez", "2027-01-06", "facility-coordinator")),
			new Trial("Ontslag ingediend door Gijs ten Brink, laatste werkdag 19-2-2027.",
					leaver("Gijs ten Brink", "2027-02-19")),
			new Trial(
					"We've got two new account managers for field sales starting Monday 1 February 2027: Tobias "
							+ "Schneider and Fenna Dijkhuizen-Prins.",
					starter("Tobias Schneider", "2027-02-01", "account-manager"),
					starter("Fenna Dijkhuizen-Prins", "2027-02-01", "account-manager")),
			new Trial(
					"\u00dcmit Kaya gaat vanaf maandag 11 januari 2027 aan de slag als software-ontwikkelaar; hij "
							+ "werkte tot nu toe als vertegenwoordiger.",
					mover("\u00dcmit Kaya", "2027-01-11", "software-engineer")),
			new Trial("fyi bart de jager leaves us end of this month, last day mon 30 nov",
					leaver("Bart de Jager", "2026-11-30")),
			new Trial(
					"Beste collega, graag wil ik je laten weten dat Anneke Schipper na 25 jaar met pensioen gaat. "
							+ "Haar laatste werkdag is donderdag 25 februari 2027. Alvast bedankt voor het regelen!",
					leaver("Anneke Schipper", "2027-02-25")),
			new Trial(
					"Heads up: Agnieszka Wi\u015bniewska is swapping her caregiver role for a facilities coordinator "
							+ "job as of 1 March 2027.",
					mover("Agnieszka Wi\u015bniewska", "2027-03-01", "facility-coordinator")),
			new Trial("Overmorgen start Stijn Achterberg als programmeur, kan zijn laptop klaarliggen?",
					starter("Stijn Achterberg", "2026-11-25", "software-engineer")),
			new Trial("Sorry, my mistake earlier: Hamza Rahimi's last working day is 12 March 2027, not 5 March.",
					leaver("Hamza Rahimi", "2027-03-12")),
			new Trial(
					"Roos in 't Veld wordt per 1 april 2027 accountmanager (nu nog zorgmedewerker), en op haar oude "
							+ "plek begint Kees Oudshoorn als verzorgende op diezelfde datum.",
					mover("Roos in 't Veld", "2027-04-01", "account-manager"),
					starter("Kees Oudshoorn", "2027-04-01", "care-worker")),
			new Trial("Please welcome Nguyen Thi Lan, who starts as a healthcare assistant on Tuesday 5 January 2027.",
					starter("Nguyen Thi Lan", "2027-01-05", "care-worker")),
			new Trial(
					"Wil je een account aanmaken voor Anne-Marie Hoogendoorn? Ze gaat 8 maart 2027 bij ons beginnen "
							+ "als facilitair co\u00f6rdinator.",
					starter("Anne-Marie Hoogendoorn", "2027-03-08", "facility-coordinator")),
			new Trial("Bj\u00f6rn \u00c5kesson's temporary contract as a carer ends on 15 December and we're not "
					+ "extending it.", leaver("Bj\u00f6rn \u00c5kesson", "2026-12-15")),
			new Trial("morgen begint Mohammed Azzouzi als verkoper, denk je aan z'n telefoon en pasje?",
					starter("Mohammed Azzouzi", "2026-11-24", "account-manager")),
			new Trial("Olumide Adeyemi starts a week from today as a software engineer on the payments squad.",
					starter("Olumide Adeyemi", "2026-11-30", "software-engineer")),
			new Trial(
					"Doorgestuurd bericht van HR:\n\"Hierbij bevestigen wij dat het dienstverband van Ilse "
							+ "Brandsma-de Lange eindigt op vrijdag 8 januari 2027.\"",
					leaver("Ilse Brandsma-de Lange", "2027-01-08")),
			new Trial("Can you get things ready for Kwame Asante? He's our new sales rep and starts on the 4th of "
					+ "January.", starter("Kwame Asante", "2027-01-04", "account-manager")),
			new Trial(
					"Interne verschuiving: Dirk-Jan Hoogland (nu softwareontwikkelaar) gaat per 15 maart 2027 de sales "
							+ "in als accountmanager.",
					mover("Dirk-Jan Hoogland", "2027-03-15", "account-manager")),
			new Trial("Ingeborg Nystr\u00f6m heeft haar laatste werkdag op 22-12-2026, daarna gaat ze terug naar "
					+ "Zweden.", leaver("Ingeborg Nystr\u00f6m", "2026-12-22")));

	/**
	 * The fourth trial (session 26), written by a helper who read neither the parser nor
	 * any corpus: thirty managers in other sectors (shop, home care, haulage, school,
	 * hospital, restaurant, warehouse, clinic), half in Dutch, jobs the catalogue has and
	 * jobs it has not (then no role is meant), greetings and sign-offs on the same line,
	 * questions, numeric day/month dates, weekdays and relative dates.
	 */
	static final List<Trial> FOURTH_TRIALS = List.of(
			new Trial(
					"Hoi! Per 4/1 hebben we een nieuwe verkoper in de winkel in Zwolle, Gerrit-Jan Nijhuis. Kun "
							+ "jij zorgen dat z'n pasje klaarligt?",
					starter("Gerrit-Jan Nijhuis", "2027-01-04", "account-manager")),
			new Trial(
					"Goedemorgen Hanna, per maandag 14 december start Saskia van der Wal-Bruins als verzorgende IG "
							+ "in team Oost. Met vriendelijke groet, Maria",
					starter("Saskia van der Wal-Bruins", "2026-12-14", "care-worker")),
			new Trial("Henk Brouwer, chauffeur bij ons sinds 1989, gaat met pensioen. Zijn laatste rit rijdt hij op "
					+ "vrijdag 26 februari.", leaver("Henk Brouwer", "2027-02-26")),
			new Trial(
					"Vraagje: kan er voor de nieuwe conci\u00ebrge, Mustafa \u00d6zt\u00fcrk, al een sleutel en "
							+ "account geregeld worden? Hij begint maandag de 7e.",
					starter("Mustafa \u00d6zt\u00fcrk", "2026-12-07", null)),
			new Trial("Per 1 februari stapt Bart-Jan de Vries over van support naar ons ontwikkelteam als developer.",
					mover("Bart-Jan de Vries", "2027-02-01", "software-engineer")),
			new Trial(
					"Drie nieuwe collega's voor afdeling B2 (allemaal zorgmedewerker): Esra Y\u0131ld\u0131z, Joyce "
							+ "van Beek en Ricardo Martins. Ze beginnen op 11-1-2027.",
					starter("Esra Y\u0131ld\u0131z", "2027-01-11", "care-worker"),
					starter("Joyce van Beek", "2027-01-11", "care-worker"),
					starter("Ricardo Martins", "2027-01-11", "care-worker")),
			new Trial(
					"Helaas, Marieke Hofstede heeft gisteren haar ontslag ingediend. Opzegtermijn is een maand, dus "
							+ "haar laatste werkdag wordt woensdag 23 december.",
					leaver("Marieke Hofstede", "2026-12-23")),
			new Trial("Vanaf 15 maart 2027 wordt Annelies Groot-Wessels facilitair co\u00f6rdinator; ze is nu nog "
					+ "receptioniste.", mover("Annelies Groot-Wessels", "2027-03-15", "facility-coordinator")),
			new Trial(
					"Beste Iris, Graag een account voor onze nieuwe accountmanager Lars Vermeer, hij start op 1 "
							+ "februari 2027. Alvast dank! Groet, Maria Jansen",
					starter("Lars Vermeer", "2027-02-01", "account-manager")),
			new Trial("Onze kok Sjaak Vredenburg stopt er na dit seizoen mee, laatste dienst is zondag 3 januari.",
					leaver("Sjaak Vredenburg", "2027-01-03")),
			new Trial(
					"Volgende week dinsdag komt er een nieuwe programmeur bij team Payments: Wessel Dijkman. Laptop "
							+ "graag met Linux \ud83d\ude42",
					starter("Wessel Dijkman", "2026-12-01", "software-engineer")),
			new Trial("Per 1 januari wordt Priscilla Doornbos teamleider in plaats van verzorgende.",
					mover("Priscilla Doornbos", "2027-01-01", null)),
			new Trial("Weet jij of het account van Koen Aalbers al is aangemaakt? Hij begint donderdag bij ons als "
					+ "ontwikkelaar.", starter("Koen Aalbers", "2026-11-26", "software-engineer")),
			new Trial("Contract van Dewi Sastrowardoyo (verzorgende, oproepkracht) wordt niet verlengd, laatste "
					+ "werkdag 15/1.", leaver("Dewi Sastrowardoyo", "2027-01-15")),
			new Trial(
					"Jeroen Kuipers vertrekt eind van de maand (laatste dag maandag 30 november) en zijn vervanger, "
							+ "Mehmet Demir, start op 1 december als accountmanager.",
					leaver("Jeroen Kuipers", "2026-11-30"), starter("Mehmet Demir", "2026-12-01", "account-manager")),
			new Trial(
					"Hi Iris, hope you had a good weekend! Could you set up Aoife N\u00ed Bhriain? She's joining the "
							+ "support tooling team on 4 January as a software engineer. Thanks, Maria",
					starter("Aoife N\u00ed Bhriain", "2027-01-04", "software-engineer")),
			new Trial("Heads up \u2014 Marcus Johnson-Reid is leaving us, last day is Friday next week.",
					leaver("Marcus Johnson-Reid", "2026-12-04")),
			new Trial("We're bringing on a new warehouse supervisor, Piotr Kowalczyk, starting 14 Dec.",
					starter("Piotr Kowalczyk", "2026-12-14", null)),
			new Trial("Kai Tanaka moves over from the service desk to the sales team as an account manager, effective "
					+ "Monday 1 March 2027.", mover("Kai Tanaka", "2027-03-01", "account-manager")),
			new Trial("in three weeks we get a new caregiver for the night shift, Rosa Mendes. could you get her "
					+ "phone and pass ready?", starter("Rosa Mendes", "2026-12-14", "care-worker")),
			new Trial("Dr Helen Fitzgerald will retire at the end of January; her last clinic is Friday 29 January "
					+ "2027.", leaver("Helen Fitzgerald", "2027-01-29")),
			new Trial("Two new devs start on 18/1: Arjun Mehta and Lena Hoffmann. Both need the dev laptop.",
					starter("Arjun Mehta", "2027-01-18", "software-engineer"),
					starter("Lena Hoffmann", "2027-01-18", "software-engineer")),
			new Trial(
					"Can you get Jean-Baptiste Lef\u00e8vre sorted for Monday? He's our new facilities coordinator "
							+ "at the Utrecht site.",
					starter("Jean-Baptiste Lef\u00e8vre", "2026-11-30", "facility-coordinator")),
			new Trial("Is there anything I need to do for Sven Olsen leaving? His last day is 11 December.",
					leaver("Sven Olsen", "2026-12-11")),
			new Trial("From 4 January 2027 Chiara Rossi will no longer be a care worker; she joins our planning office "
					+ "as a scheduler.", mover("Chiara Rossi", "2027-01-04", null)),
			new Trial(
					"Hello HR team, This is to confirm that Oluwaseun Bakare will join us as Sales Representative on "
							+ "Tuesday 2 February 2027. Kind regards, Maria Jansen",
					starter("Oluwaseun Bakare", "2027-02-02", "account-manager")),
			new Trial(
					"Sorry for the late notice, Tom van der Berg-Hughes starts tomorrow as a developer, can we get "
							+ "him at least an account?",
					starter("Tom van der Berg-Hughes", "2026-11-24", "software-engineer")),
			new Trial("Ana L\u00facia Ferreira has resigned. Her notice ends on 8 Jan.",
					leaver("Ana L\u00facia Ferreira", "2027-01-08")),
			new Trial(
					"Update from the Rotterdam depot: Sam Okafor (forklift driver) leaves on 18 December, and Yusuf "
							+ "Ayd\u0131n starts as his replacement on 4 January 2027.",
					leaver("Sam Okafor", "2026-12-18"), starter("Yusuf Ayd\u0131n", "2027-01-04", null)),
			new Trial("Grace O'Malley joins the key accounts team on Wed 9 Dec as account manager.",
					starter("Grace O'Malley", "2026-12-09", "account-manager")));

	/**
	 * The fifth trial (session 27), written by a helper who read neither the parser nor
	 * any corpus: thirty managers in sectors the fourth trial did not use (municipality,
	 * IT consultancy, bakery, sports club, hotel, law office, garage, theatre,
	 * laboratory, call centre, childcare), about half in Dutch; movers to another job and
	 * to another site in the same job, titles (mw., Mr., Dr.), lower case and typos,
	 * abbreviated and misspelled roles, jobs the catalogue has not, weekday
	 * abbreviations, ordinals, "per 1/2" and relative dates.
	 */
	static final List<Trial> FIFTH_TRIALS = List.of(
			new Trial(
					"Goedemiddag, per 1/2 begint mw. Fenneke Oosterhuis bij de gemeente als beleidsmedewerker Wonen. "
							+ "Kunnen jullie haar werkplek regelen? Groet, Maria",
					starter("Fenneke Oosterhuis", "2027-02-01", null)),
			new Trial(
					"Hi Iris! Good news, we signed Rahul Venkataraman, a senior Java dev. He starts with us 1 Feb, "
							+ "can you order the dev laptop?",
					starter("Rahul Venkataraman", "2027-02-01", "software-engineer")),
			new Trial(
					"hoi iris, onze bakker henk-jan ter beek stopt eind januari, z'n laatste werkdag is za 30 jan. wat "
							+ "moet ik daarvoor doen?",
					leaver("Henk-Jan ter Beek", "2027-01-30")),
			new Trial(
					"Vanaf maandag versterkt Joris van Wijngaarden de club als accountmanager sponsoring. Kun je een "
							+ "laptop en telefoon regelen?",
					starter("Joris van Wijngaarden", "2026-11-30", "account-manager")),
			new Trial(
					"Morning! Two new front desk receptionists for the hotel start on the 14th: Camille Laurent and "
							+ "Bogdan Petrescu. They'll need keycards and accounts.",
					starter("Camille Laurent", "2026-12-14", null), starter("Bogdan Petrescu", "2026-12-14", null)),
			new Trial(
					"Mr. Willemijn de Koning-Sterk, advocaat bij ons kantoor, vertrekt naar de rechterlijke macht. Haar "
							+ "laatste werkdag is donderdag 31 december.",
					leaver("Willemijn de Koning-Sterk", "2026-12-31")),
			new Trial(
					"Our mechanic Kevin Smeets transfers from the Roermond branch to the Venlo workshop as of 4 January, "
							+ "same job. Can his pass be changed?",
					mover("Kevin Smeets", "2027-01-04", null)),
			new Trial(
					"Hello, our new facilites coordinator for the theatre, Imogen Blackwood-Hart, starts Tuesday 5 "
							+ "January 2027. Could you make sure she gets a master key and a pass? Cheers, Maria",
					starter("Imogen Blackwood-Hart", "2027-01-05", "facility-coordinator")),
			new Trial(
					"Sinds de invoering van het nieuwe LIMS wil Ravi Ramdin meer met software doen: per 1 maart 2027 "
							+ "stapt hij binnen het lab over van laborant naar softwareontwikkelaar.",
					mover("Ravi Ramdin", "2027-03-01", "software-engineer")),
			new Trial(
					"FYI, Shanice Williams from the call centre handed in her notice today. Her last shift is next "
							+ "Friday, can you take care of her headset and login?",
					leaver("Shanice Williams", "2026-12-04")),
			new Trial(
					"Over twee weken start Thijmen Abma bij ons als IT-consultant. Hij zit straks bij een klant, maar "
							+ "heeft wel een laptop van ons nodig.",
					starter("Thijmen Abma", "2026-12-07", null)),
			new Trial(
					"Yvonne Pauwels (facilitair medewerker) wordt per 1 januari overgeplaatst van ons hotel in "
							+ "Valkenburg naar het hotel in Maastricht, zelfde functie.",
					mover("Yvonne Pauwels", "2027-01-01", "facility-coordinator")),
			new Trial(
					"Dear colleagues, after 38 years at the municipality Mr Gerard Timmermans retires. His last working "
							+ "day is Wednesday 27 January 2027. Kind regards, Maria Jansen",
					leaver("Gerard Timmermans", "2027-01-27")),
			new Trial(
					"Goeiemorgen! Per 1 december hebben we een nieuwe verkoopster in de bakkerij in Hengelo: Naima "
							+ "Bouzid. Zou jij haar pasje willen regelen?",
					starter("Naima Bouzid", "2026-12-01", "account-manager")),
			new Trial(
					"New mechanic starting Jan 4 at the Eindhoven garage: Dariusz Nowak. Needs a login for the workshop "
							+ "planning system please.",
					starter("Dariusz Nowak", "2027-01-04", null)),
			new Trial(
					"Twee vertrekkers bij het theater: lichttechnicus Bas Altena en kassamedewerker Sevda Arslan. "
							+ "Beiden hebben hun laatste werkdag op zondag 10 januari, na de laatste voorstelling.",
					leaver("Bas Altena", "2027-01-10"), leaver("Sevda Arslan", "2027-01-10")),
			new Trial("Dr. Ingrid Solberg joins the microbiology lab as head of quality on the 1st of March. Could you "
					+ "set up her accounts in advance?", starter("Ingrid Solberg", "2027-03-01", null)),
			new Trial(
					"Maandag 7 december starten bij het klantcontactcentrum twee nieuwe medewerkers klantenservice: "
							+ "Dylan Hoekstra en Esmee van de Kamp. Kun je headsets en accounts regelen?",
					starter("Dylan Hoekstra", "2026-12-07", null), starter("Esmee van de Kamp", "2026-12-07", null)),
			new Trial("The contract of our groundsman, Paddy Byrne, isn't being renewed; it runs out on 31 Dec.",
					leaver("Paddy Byrne", "2026-12-31")),
			new Trial(
					"From March 15th H\u00e9l\u00e8ne Moreau moves from legal secretary to office facilities "
							+ "coordinator in our Amsterdam office.",
					mover("H\u00e9l\u00e8ne Moreau", "2027-03-15", "facility-coordinator")),
			new Trial(
					"Volgende week woensdag begint Sanne Kloosterman-Yilmaz bij team Digitale Dienstverlening als "
							+ "ontwikelaar. Wil je haar alvast een account geven?",
					starter("Sanne Kloosterman-Yilmaz", "2026-12-02", "software-engineer")),
			new Trial(
					"Our night manager, Ahmad Karimi, is leaving us; this Friday is his last shift. Sorry for the short "
							+ "notice!",
					leaver("Ahmad Karimi", "2026-11-27")),
			new Trial(
					"Can you update Lucy Pemberton's details? She stays a software engineer but transfers from our Leeds "
							+ "office to Amsterdam, effective 1 February 2027.",
					mover("Lucy Pemberton", "2027-02-01", "software-engineer")),
			new Trial("ff melden: youri de bruijn van de werkplaats stopt, laatste dag vr 12-2. z'n sleutels en pas "
					+ "moeten nog terug", leaver("Youri de Bruijn", "2027-02-12")),
			new Trial(
					"We've got a new sales rep for outbound calls, Tatiana Ivanova, starting Monday the 7th. Can you "
							+ "arrange a headset & CRM login?",
					starter("Tatiana Ivanova", "2026-12-07", "account-manager")),
			new Trial(
					"Tomorrow \u00d3scar Ib\u00e1\u00f1ez starts as a stagehand \u2014 sorry for the short notice, could "
							+ "he at least get a building pass?",
					starter("\u00d3scar Ib\u00e1\u00f1ez", "2026-11-24", null)),
			new Trial("Het tijdelijke contract van analist Lotte van 't Zand wordt niet verlengd en loopt af op "
					+ "26-02-2027.", leaver("Lotte van 't Zand", "2027-02-26")),
			new Trial(
					"Goed nieuws: onze kantinebeheerder Ferry Wijnands wordt vanaf 1 april facilitair co\u00f6rdinator "
							+ "van het hele sportpark.",
					mover("Ferry Wijnands", "2027-04-01", "facility-coordinator")),
			new Trial("Hallo! Nieuwe pedagogisch medewerker op locatie De Boomhut: Mila Ou\u00e9draogo, start ma 4 "
					+ "januari. Groetjes, Maria", starter("Mila Ou\u00e9draogo", "2027-01-04", null)),
			new Trial("Hoi Iris, even twee wijzigingen bij ons consultancyteam: Koen Verschuren vertrekt, laatste "
					+ "werkdag 29 januari. En Rutger van Oosten gaat per 1 feb. van developer naar accountmanager. "
					+ "Dank je!", leaver("Koen Verschuren", "2027-01-29"),
					mover("Rutger van Oosten", "2027-02-01", "account-manager")));

	/**
	 * Sixth trial: ten other sectors (a veterinary clinic, a printing company, a ferry
	 * operator, a primary school, a hospital pharmacy, an IT consultancy, a supermarket
	 * distribution centre, a housing corporation, a fitness chain, a recycling company),
	 * written by someone who never read the parser.
	 */
	static final List<Trial> SIXTH_TRIALS = List.of(
			new Trial("hoi! per 1 februari komt er een nieuwe dierenartsassistente bij in Zwolle: Fenna Bosma. "
					+ "kun je laptop en pasje regelen? thx", starter("Fenna Bosma", "2027-02-01", null)),
			new Trial(
					"Hi, sad news: Dr. Oliver Brandt is leaving the clinic, his last day is Friday 18 December. "
							+ "Can you make sure his access to the practice system is closed that evening?",
					leaver("Oliver Brandt", "2026-12-18")),
			new Trial(
					"Goedemorgen, Ilse Hoekstra (receptie) gaat vanaf maandag 4 januari over naar onze vestiging "
							+ "in Kampen, zelfde functie. moet haar pas omgezet worden?",
					mover("Ilse Hoekstra", "2027-01-04", null)),
			new Trial(
					"hey, we hired a new sales rep for the print shop, Marco Rinaldi. he starts monday the 14th, "
							+ "pls set him up like the other account managers",
					starter("Marco Rinaldi", "2026-12-14", "account-manager")),
			new Trial(
					"Hoi, Gert-Jan Wolters (drukker nachtploeg) heeft ontslag genomen. laatste werkdag is "
							+ "vrijdag 8 januari. kan zijn sleutel van de drukkerij dan terug?",
					leaver("Gert-Jan Wolters", "2027-01-08")),
			new Trial(
					"vraagje + melding: Noor El Amrani begint 4/1 als ontwikkelaar in ons webshopteam. krijgt ze "
							+ "een dev laptop of moet ik dat apart aanvragen?",
					starter("Noor El Amrani", "2027-01-04", "software-engineer")),
			new Trial(
					"Morning all. Two new deckhands join the Texel crossing next week Monday: Sven Dijkstra and "
							+ "Kayleigh Brouwer. Can they get their passes before the first shift?",
					starter("Sven Dijkstra", "2026-11-30", null), starter("Kayleigh Brouwer", "2026-11-30", null)),
			new Trial("Beste collega's,\n\nHierbij meld ik dat onze stuurman Jelle de Boer per 1 maart 2027 met "
					+ "pensioen gaat. Zijn laatste werkdag is vrijdag 26 februari.\n\nMet vriendelijke groet,\n"
					+ "Anneke Visser\nTeamleider Vloot", leaver("Jelle de Boer", "2027-02-26")),
			new Trial(
					"quick one - Ruben Kok moves from the ticket office to facilities as of 1 February, he'll be "
							+ "our facility coordinator for the terminal. what do you need from me?",
					mover("Ruben Kok", "2027-02-01", "facility-coordinator")),
			new Trial(
					"Hallo, na de kerstvakantie start juf Sanne Mulder in groep 5, haar eerste dag is maandag "
							+ "4 januari. Kan ze een laptop en een account krijgen?",
					starter("Sanne Mulder", "2027-01-04", null)),
			new Trial("Hi there, our caretaker Peter Janssen is retiring, his last day with us is 18 December. "
					+ "Please collect his master key that day. Also his successor, Linda Smit, starts as our new "
					+ "facility coordinator on Monday 4 January.", leaver("Peter Janssen", "2026-12-18"),
					starter("Linda Smit", "2027-01-04", "facility-coordinator")),
			new Trial(
					"hoi, Youssef Bakkali (leerkracht groep 7) stopt bij ons, zijn laatste werkdag is over twee "
							+ "weken. wie regelt het inleveren van zijn laptop?",
					leaver("Youssef Bakkali", "2026-12-07")),
			new Trial(
					"Hello, we have a new pharmacy technician, Priya Raghunathan, starting Wednesday 6 January "
							+ "2027. She will need access to the dispensing system. Can you start the onboarding?",
					starter("Priya Raghunathan", "2027-01-06", null)),
			new Trial("Goedemiddag, per 15 december gaat Thijs van der Linden van de ziekenhuisapotheek naar de "
					+ "afdeling Interne als verzorgende. Zijn apotheekpas moet dan worden ingeleverd, wat moet ik doen?",
					mover("Thijs van der Linden", "2026-12-15", "care-worker")),
			new Trial(
					"hoi, twee apothekersassistenten gaan ons verlaten: Esra Yilmaz op 31 december en Mirjam ter "
							+ "Horst op vrijdag 15 januari. kunnen jullie het inleveren van hun passen inplannen?",
					leaver("Esra Yilmaz", "2026-12-31"), leaver("Mirjam ter Horst", "2027-01-15")),
			new Trial("hi! new developer starting tomorrow, Daniel Okafor. sorry for the short notice, can he still "
					+ "get a laptop?", starter("Daniel Okafor", "2026-11-24", "software-engineer")),
			new Trial(
					"Bram Vermeulen has handed in his notice. Last working day is Thursday 28 January. He's a "
							+ "senior developer so please rotate the keys he had. Thanks!",
					leaver("Bram Vermeulen", "2027-01-28")),
			new Trial(
					"Lotte Verbeek gaat op dinsdag 12 januari als programmeur aan de slag in ons datateam, ze zat "
							+ "tot nu toe bij onze servicedesk. Welke laptop krijgt ze dan?",
					mover("Lotte Verbeek", "2027-01-12", "software-engineer")),
			new Trial(
					"goeiemorgen, volgende week woensdag beginnen Kevin de Wit en Dewi Santoso als orderpicker in "
							+ "hal 3. pasjes graag klaarleggen bij de portier",
					starter("Kevin de Wit", "2026-12-02", null), starter("Dewi Santoso", "2026-12-02", null)),
			new Trial(
					"FYI Tomasz Kowalski (forklift driver, night shift) leaves us in three weeks, his contract is "
							+ "not extended. Can you block his pass after his last shift?",
					leaver("Tomasz Kowalski", "2026-12-14")),
			new Trial("Hallo, Rachid Boukhari gaat als teamleider expeditie per 1-2-2027 van ons DC in Tilburg naar "
					+ "het DC in Nieuwegein. Zelfde functie, andere locatie. Moet er iets met zijn pas gebeuren?",
					mover("Rachid Boukhari", "2027-02-01", null)),
			new Trial("Subject: New starter - housing consultant\n\nDear IT,\n\nI am happy to announce that Zoë "
					+ "Dekker will join our rental team as a housing consultant on Monday 11 January 2027.\nCould you "
					+ "please arrange her laptop and phone?\n\nKind regards,\nMarieke Brouwer\nTeam lead Rental",
					starter("Zoë Dekker", "2027-01-11", null)),
			new Trial("hoi, Hans Vos van de facilitaire dienst gaat ons helaas verlaten, laatste werkdag vrijdag "
					+ "22 januari. zijn opvolger Femke Kuipers begint maandag 25 januari als facilitair medewerker. "
					+ "kun je beide in gang zetten?", leaver("Hans Vos", "2027-01-22"),
					starter("Femke Kuipers", "2027-01-25", "facility-coordinator")),
			new Trial(
					"Hi, Wouter Hendriks starts as account manager for our commercial property on the 1st of "
							+ "March. Could you pls sort out his lease car and laptop in time?",
					starter("Wouter Hendriks", "2027-03-01", "account-manager")),
			new Trial(
					"Yo, nieuwe personal trainer voor vestiging Utrecht Centraal: Mitchell Groen, begint zaterdag "
							+ "5 december. kan hij een account voor het rooster krijgen?",
					starter("Mitchell Groen", "2026-12-05", null)),
			new Trial(
					"Hi, Jasmijn Peters, club manager in Amersfoort, is leaving us. Her last day will be the 31st "
							+ "of January. Who do I talk to about her laptop and keys?",
					leaver("Jasmijn Peters", "2027-01-31")),
			new Trial("Hello! Stefan Meijer moves to our Arnhem club as of Monday 7 December, same role (front "
					+ "desk). Does his pass need to change?", mover("Stefan Meijer", "2026-12-07", null)),
			new Trial("Goedendag, met ingang van 1 februari 2027 treedt Marloes Timmermans in dienst als "
					+ "accountmanager zakelijke klanten. Graag laptop, telefoon en leaseauto regelen. Alvast bedankt!",
					starter("Marloes Timmermans", "2027-02-01", "account-manager")),
			new Trial("hi, Liam O'Neill, one of our truck drivers, leaves on Friday 29 January (end of his "
					+ "contract). does he need to hand anything in?", leaver("Liam O'Neill", "2027-01-29")),
			new Trial(
					"Vincent Smits, nu chauffeur, wordt vanaf dinsdag 5 januari onze softwareontwikkelaar voor "
							+ "het weegsysteem. welke laptop krijgt hij?",
					mover("Vincent Smits", "2027-01-05", "software-engineer")));

	/**
	 * Seventh trial (session 29): ten other sectors (a hotel, a dairy cooperative, a
	 * university faculty, a bakery chain, a municipal office, a software start-up, a
	 * security company, a garden centre, a theatre, a cleaning company), half in Dutch,
	 * written by someone who never read the parser: a death, dismissals, a job title that
	 * only looks like a catalogue alias, "w.e.f.", d.m.yyyy and "in week 2" (the Monday
	 * of ISO week 2 of 2027).
	 */
	static final List<Trial> SEVENTH_TRIALS = List.of(
			new Trial(
					"Morning all. Some very sad news from the front desk: our night porter Frank Delaney passed away "
							+ "on Saturday 21 November. When the time is right, could IT please close his accounts and "
							+ "could someone arrange to collect his master key from his family? Many thanks, Rebecca",
					leaver("Frank Delaney", "2026-11-21")),
			new Trial(
					"hoi! over twee weken hebben we 2 nieuwe receptionisten in het hotel, Lieke Brands en Jordy "
							+ "Vermaat (nachtdienst). kunnen ze een keycard en een account krijgen? thx! mirjam",
					starter("Lieke Brands", "2026-12-07", null), starter("Jordy Vermaat", "2026-12-07", null)),
			new Trial(
					"Hello, I inform you that Carlos Jim\u00e9nez, our account manager for groups and events, goes from "
							+ "the hotel in Rotterdam to our hotel in Amsterdam from next monday. It is the same job. "
							+ "Please can you change his pass for the new hotel? Thank you, Luc\u00eda",
					mover("Carlos Jim\u00e9nez", "2026-11-30", "account-manager")),
			new Trial("Beste collega's, na 41 jaar bij de co\u00f6peratie gaat onze melkrijder Klaas Terpstra met "
					+ "pensioen. Zijn laatste werkdag is donderdag 31 december. Willen jullie zorgen dat zijn "
					+ "tablet en tankpas dan worden ingeleverd? Met vriendelijke groet, Jannie Wiersma, planning",
					leaver("Klaas Terpstra", "2026-12-31")),
			new Trial(
					"Hi, we have hired a new sofware developer for the milk quality app, Jonas Weber. He starts at "
							+ "4-1-2027 in Leeuwarden. Can he get his laptop on the first day? Greetings, Ulrike",
					starter("Jonas Weber", "2027-01-04", "software-engineer")),
			new Trial("per 1 maart gaat Anouk Tjeerdsma van de kaasmakerij naar de buitendienst als vertegenwoordiger "
					+ "voor de boerderijwinkels. laptop telefoon en leaseauto graag regelen, ze heeft nu alleen "
					+ "een pasje", mover("Anouk Tjeerdsma", "2027-03-01", "account-manager")),
			new Trial(
					"Hi all, two new PhD candidates join the Faculty of Science on the 1st of February: Mateo "
							+ "\u00c1lvarez and Hannah O'Sullivan. Could you create their university accounts and "
							+ "faculty passes before then? Best wishes, Prof. Claire Whitmore",
					starter("Mateo \u00c1lvarez", "2027-02-01", null),
					starter("Hannah O'Sullivan", "2027-02-01", null)),
			new Trial(
					"Het contract van onze postdoc dr. Wietske Faber loopt af per 28 februari en wordt niet verlengd. "
							+ "Kan haar toegang tot het lab en de cluster dan dicht? groet, Bert",
					leaver("Wietske Faber", "2027-02-28")),
			new Trial(
					"Dear team, kindly note that Mr. Arvind Krishnan, presently lab technician in our faculty, will "
							+ "take up the post of research software engineer w.e.f. 18th January 2027. Kindly do the "
							+ "needful for his new laptop and GitHub access. Regards, Dr. S. Iyer",
					mover("Arvind Krishnan", "2027-01-18", "software-engineer")),
			new Trial(
					"Dag Sofie, vanaf dinsdag 5 januari begint Lore Van Damme als verkoopster in onze winkel in "
							+ "Gent-Zuid. Mag ze een badge en een login voor de kassa? Merci! Groetjes, Griet",
					starter("Lore Van Damme", "2027-01-05", "account-manager")),
			new Trial(
					"Hi, unfortunately we're letting Dean Harper (baker, Leiden branch) go. His last shift will be this "
							+ "Saturday. Could you make sure his pass and his till login stop working after that? "
							+ "Cheers, Mark",
					leaver("Dean Harper", "2026-11-28")),
			new Trial(
					"ff doorgeven: broodbakker Hakan Kaya gaat per 4-1 van filiaal Oss naar filiaal Uden, zelfde werk. "
							+ "z'n sleutel van Oss moet dan terug en hij heeft er een voor Uden nodig. gr peter",
					mover("Hakan Kaya", "2027-01-04", null)),
			new Trial(
					"Goedemorgen, in week 2 start Marijke Kortekaas bij ons als beleidsmedewerker ruimtelijke ordening. "
							+ "Kunnen jullie zorgen voor een laptop, een account en een toegangspas voor het "
							+ "gemeentehuis? Met vriendelijke groet, Harm Veldkamp, teamleider RO",
					starter("Marijke Kortekaas", "2027-01-11", null)),
			new Trial(
					"Hello, I inform that Katarzyna Zieli\u0144ska from the Civil Affairs desk has resigned. Her last "
							+ "working day is 15.01.2027. Please block her access after this day. Best regards, Tomasz",
					leaver("Katarzyna Zieli\u0144ska", "2027-01-15")),
			new Trial(
					"Per 1 februari wordt Jolien Boukema (nu nog medewerker burgerzaken) applicatieontwikkelaar bij "
							+ "team Informatievoorziening. Heeft ze dan een andere laptop nodig?",
					mover("Jolien Boukema", "2027-02-01", "software-engineer")),
			new Trial(
					"yo! just closed two hires \ud83c\udf89 Ananya Natarajan (backend eng) starts Monday Dec 7 and "
							+ "Tyler Brooks joins sales as an AE on Jan 11. can you get macbooks + slack + github "
							+ "sorted? github only for ananya obv",
					starter("Ananya Natarajan", "2026-12-07", "software-engineer"),
					starter("Tyler Brooks", "2027-01-11", "account-manager")),
			new Trial(
					"hee, Joost Verhulst (dev) heeft opgezegd \ud83d\ude15 z'n laatste dag is vr 18/12. kunnen de api "
							+ "keys en tokens die hij had dan geroteerd worden? thx",
					leaver("Joost Verhulst", "2026-12-18")),
			new Trial(
					"Hello, small change in the team: from monday 1st february, Am\u00e9lie Rousseau stops doing "
							+ "customer support and becomes developper in the frontend team. Does she need a new "
							+ "laptop? Merci, Julien",
					mover("Am\u00e9lie Rousseau", "2027-02-01", "software-engineer")),
			new Trial(
					"Hoi, per maandag 14 december beginnen er 3 nieuwe beveiligers op het project Schiphol-Oost: "
							+ "Soufiane Ouali, Kim Wolters en Danny de Groot-Maas. Passen en portofoons graag "
							+ "klaarleggen op kantoor. Gr Erik",
					starter("Soufiane Ouali", "2026-12-14", null), starter("Kim Wolters", "2026-12-14", null),
					starter("Danny de Groot-Maas", "2026-12-14", null)),
			new Trial("Dringend: Ronald Wijnberg is deze ochtend op staande voet ontslagen. Gelieve al zijn toegangen "
					+ "direct te blokkeren, ook zijn badge en de alarmcodes van de sites waar hij stond. Vandaag "
					+ "is dus zijn laatste dag. Zijn gsm moet ook binnen.", leaver("Ronald Wijnberg", "2026-11-23")),
			new Trial("Quick update - as of the 15th of Feb Bart Peeters, currently one of our security officers, will "
					+ "be our new faciltiy coordinator at the Mechelen HQ. He'll need the master key and an "
					+ "alarm code.", mover("Bart Peeters", "2027-02-15", "facility-coordinator")),
			new Trial(
					"Hi, next week thursday Femke Schouten starts in our garden centre as florist on the flower "
							+ "department. Can she get a login for the cash register? Greets, Arjan",
					starter("Femke Schouten", "2026-12-03", null)),
			new Trial(
					"de seizoenscontracten van Wim Buitenhuis en Nadia Azoulay lopen af na de kerstmarkt, laatste dag "
							+ "is zondag 27 december. pasjes en sleutels graag terug. groetjes Ans",
					leaver("Wim Buitenhuis", "2026-12-27"), leaver("Nadia Azoulay", "2026-12-27")),
			new Trial(
					"Hello! Ruud Scholten joins us in two weeks as account manager for our trade customers "
							+ "(landscapers and councils). Could you order a laptop and phone for him? Thanks, Joanna",
					starter("Ruud Scholten", "2026-12-07", "account-manager")),
			new Trial(
					"Hiya, our new sound engineer Callum Reid starts this Saturday (the 28th) for the panto get-in. "
							+ "Could he have a stage door pass and a login for the rota? Ta, Shona",
					starter("Callum Reid", "2026-11-28", null)),
			new Trial("Na de laatste voorstelling van De Notenkraker op zondag 3 januari stopt onze kapster Joke "
					+ "Spierings, ze gaat met pensioen \ud83c\udf89 Wie regelt het inleveren van haar sleutels?",
					leaver("Joke Spierings", "2027-01-03")),
			new Trial(
					"Hello, from the 4th of January Giulia Romano will work in our Utrecht venue instead of Amersfoort, "
							+ "she stay in the box office, same role. Can her pass be changed? Thanks a lot, Paolo",
					mover("Giulia Romano", "2027-01-04", null)),
			new Trial(
					"goedemorgen, maandag start een nieuwe schoonmaakster op locatie ziekenhuis Rijnstate: Fatma Ko\u00e7. "
							+ "willen jullie haar pasje aanmaken? alvast bedankt. gr, Sandra",
					starter("Fatma Ko\u00e7", "2026-11-30", null)),
			new Trial(
					"Hi, Marius Popescu's temporary contract ends on Thursday 14 January and we won't renew it. He has "
							+ "keys for three client buildings, pls make sure they come back. Thx, Linda",
					leaver("Marius Popescu", "2027-01-14")),
			new Trial(
					"Esther van Dijk-Kramer, nu objectleider bij de scholen, wordt vanaf morgen onze planner op "
							+ "kantoor. moet ze een ander pasje?",
					mover("Esther van Dijk-Kramer", "2026-11-24", null)));

	/**
	 * Eighth trial (session 30): ten other sectors (a law firm, a brewery, a car rental
	 * company, a dental practice, an architecture bureau, a zoo, a call centre, a museum,
	 * a cold storage warehouse, an amateur football club), half in Dutch (some Flemish),
	 * written by someone who never read the parser: a death and a dismissal in the past,
	 * job titles that only look like catalogue aliases (a dierenverzorger, a property
	 * developer, a refrigeration engineer), "4/1", "14.12.2026", "de vrijdag van week 51"
	 * and a shared date given as "the same day".
	 */
	static final List<Trial> EIGHTH_TRIALS = List.of(
			new Trial("Good morning, two new trainee solicitors join us on Monday 4 January: Olivia Pennington and "
					+ "Rajesh Kulkarni. Both will sit with the employment team on the 3rd floor. Could they have "
					+ "laptops and access to the DMS from day one? Kind regards, Harriet Lowe | Practice Manager",
					starter("Olivia Pennington", "2027-01-04", null), starter("Rajesh Kulkarni", "2027-01-04", null)),
			new Trial(
					"Goedemiddag, ter info: Bastiaan Verhoeff (advocaat-stagiair sectie ondernemingsrecht) is afgelopen "
							+ "vrijdag 20 november op staande voet ontslagen, dat was dus ook zijn laatste werkdag. Zijn "
							+ "laptop en pas liggen bij de receptie. Graag zo snel mogelijk zijn accounts blokkeren. Wie "
							+ "regelt de toegang tot zijn mailbox voor de sectie? Mvg, mr. E. Dekkers",
					leaver("Bastiaan Verhoeff", "2026-11-20")),
			new Trial("hi, from 1 february on our legal secretary Nadia Boukhari becomes facility coordinator for the "
					+ "whole office, it is a new function by us. does she need an other pass for the archive and "
					+ "the server room? thanks Joost", mover("Nadia Boukhari", "2027-02-01", "facility-coordinator")),
			new Trial(
					"Dag iedereen, vanaf maandag 4/1 komt Wouter Vanderhaegen ons team versterken als vertegenwoordiger "
							+ "horeca voor regio Limburg. Hij krijgt een bedrijfswagen, een gsm en een laptop. Kan dat "
							+ "tegen dan in orde zijn? Mvg, Katrien",
					starter("Wouter Vanderhaegen", "2027-01-04", "account-manager")),
			new Trial(
					"Hi all, bit of a shake-up in the brewhouse. Callum Fraser (head brewer) is leaving us on 18/12 and "
							+ "our cellarman Tomasz Nowicki finishes the same day, his contract isn't being renewed. Can "
							+ "someone collect their keys and fobs before they go? Cheers, Stuart",
					leaver("Callum Fraser", "2026-12-18"), leaver("Tomasz Nowicki", "2026-12-18")),
			new Trial("hoi, kleine wijziging: Lotte Claessen gaat per 1 maart van de bottelarij naar het lab, als "
					+ "receptontwikkelaar voor de seizoensbieren. heeft ze dan extra toegang nodig tot de "
					+ "labsystemen? gr Erik", mover("Lotte Claessen", "2027-03-01", null)),
			new Trial("Hello team, I want to inform you that Mateusz Zielinski starts by us as counter agent at the "
					+ "Schiphol branch on 14.12.2026. He need a account for the rental system and a name badge. "
					+ "Regards, Agata", starter("Mateusz Zielinski", "2026-12-14", null)),
			new Trial("Goedemorgen! Daan Schrijvers van de balie in Eindhoven gaat vanaf maandag 11 januari bij ons "
					+ "IT-team aan de slag als programmeur voor de reserveringsapp. Hij heeft dus een zwaardere "
					+ "laptop nodig. Groet, Monique", mover("Daan Schrijvers", "2027-01-11", "software-engineer")),
			new Trial(
					"Morning, we've got a new fleet coordinator starting at the airport branch in week 50: Aisha Bello. "
							+ "She'll need a lapotp, a phone and the code for the key cabinet. Is there anything I need to "
							+ "fill in first? Dave",
					starter("Aisha Bello", "2026-12-07", null)),
			new Trial(
					"Goedemiddag, per 1 december begint Sanne Kuipers bij ons als tandartsassistente (32 uur). Kan ze "
							+ "een eigen inlog voor het patientensysteem krijgen en een sleutel van de achterdeur? "
							+ "Groetjes, Ellen (praktijkmanager)",
					starter("Sanne Kuipers", "2026-12-01", null)),
			new Trial("Dear all, it is with great sadness that I have to tell you that our hygienist Margaret Ellison "
					+ "died last Thursday after a short illness. Could her accounts be closed, and her locker key "
					+ "collected from her husband when the moment is right? There is no hurry. Dr. Patel",
					leaver("Margaret Ellison", "2026-11-19")),
			new Trial(
					"Hallo, goed nieuws: Evelien Wuyts, nu aan het onthaal, is afgestudeerd en wordt vanaf 18 januari "
							+ "mondhygi\u00ebniste bij ons. Heeft ze een andere badge nodig voor de behandelkamers? "
							+ "Groetjes, Liesbeth",
					mover("Evelien Wuyts", "2027-01-18", null)),
			new Trial(
					"Hi all, on Wednesday 6 January Joris van Leeuwen joins us as property developer, he comes from a "
							+ "housing corporation. No Revit needed, just Office and a pass for the building at the "
							+ "Mauritskade. Thanks, Ilse",
					starter("Joris van Leeuwen", "2027-01-06", null)),
			new Trial(
					"Hello, next week tuesday 2 interns start in the studio: L\u00e9a Fontaine (architecture, from Lyon) "
							+ "and Oskar Lindgren (software developer, he will build our parametric tools). Is it possible "
							+ "they have Rhino licences from the first day? Merci, Camille",
					starter("L\u00e9a Fontaine", "2026-12-01", null),
					starter("Oskar Lindgren", "2026-12-01", "software-engineer")),
			new Trial("Hanneke Smeets heeft opgezegd, ze gaat voor zichzelf beginnen. Haar laatste dag bij ons is de "
					+ "vrijdag van week 51. Werkstation mag dan terug naar IT. Kunnen haar projectmappen naar Tim?",
					leaver("Hanneke Smeets", "2026-12-18")),
			new Trial("Goedemorgen! Maandag 7 december begint Thijmen Veenstra bij ons als dierenverzorger in het "
					+ "olifantenverblijf. Hij heeft een portofoon, een pasje voor de dienstingang en een account "
					+ "voor het rooster nodig. Groeten, Marjolein (teamleider Afrika)",
					starter("Thijmen Veenstra", "2026-12-07", null)),
			new Trial("Hi, just so you know: Ben Adeyemi is moving from the education team to facilities, he'll be our "
					+ "new facilities coordinator as of Friday 1 January. Will his old laptop do or does he need a "
					+ "new one? Cheers, Hannah", mover("Ben Adeyemi", "2027-01-01", "facility-coordinator")),
			new Trial(
					"Dag collega's, het seizoen zit erop voor onze twee jobstudenten aan de kassa, Jana Vermeersch en "
							+ "Robbe De Smedt. Ze werken hier nog tot en met zondag 3 januari, dan moeten hun badges "
							+ "binnengebracht worden. Merci! Griet",
					leaver("Jana Vermeersch", "2027-01-03"), leaver("Robbe De Smedt", "2027-01-03")),
			new Trial(
					"Hello, in week 2 we get two new customer care agents for the German line: Lukas Becker and Svenja "
							+ "Hoffmann. They need a headset, a login for the telephony and a badge. Thank you very much! "
							+ "Best regards, Ingrid (Teamlead DACH)",
					starter("Lukas Becker", "2027-01-11", null), starter("Svenja Hoffmann", "2027-01-11", null)),
			new Trial(
					"hoi, Stefan Mertens heeft ontslag genomen, zijn laatste dag is volgende week vrijdag. headset en "
							+ "pas graag inleveren bij zn teamleider. moet ik verder nog iets doen? gr Dewi",
					leaver("Stefan Mertens", "2026-12-04")),
			new Trial(
					"hey, quick one - Priya Raman is leaving the phones! from Monday 1 February she joins our dev team "
							+ "as a junior developer on the dialler. she'll need a proper dev laptop. cheers, Tom",
					mover("Priya Raman", "2027-02-01", "software-engineer")),
			new Trial(
					"Goedemiddag,\n\nOp dinsdag 5 januari begint Gerrit-Jan Wolters bij ons als facilitair medewerker "
							+ "(o.a. opbouw van tentoonstellingen en beveiliging). Hij heeft een sleutelbos, een "
							+ "alarmcode en een telefoon nodig.\n\nMet vriendelijke groet,\ndr. A. Vos, hoofd "
							+ "bedrijfsvoering",
					starter("Gerrit-Jan Wolters", "2027-01-05", "facility-coordinator")),
			new Trial("Hi both,\n\nour curator of prints and drawings, Dr Elisabeth Harcourt, retires at the end of "
					+ "February; her last working day will be Friday 26 February 2027. Her office key and the key "
					+ "to the print room need to come back. Could you archive her mailbox rather than delete it?"
					+ "\n\nThanks, Simon", leaver("Elisabeth Harcourt", "2027-02-26")),
			new Trial(
					"Dag Jan, vanaf zaterdag 12 december hebben we twee nieuwe suppoosten voor de zalen: Ayoub El Amrani "
							+ "en Marie-Claire Lemmens. Zouden jullie tegen dan een badge kunnen maken? Ze werken enkel "
							+ "in het weekend. Dank u! Veerle",
					starter("Ayoub El Amrani", "2026-12-12", null),
					starter("Marie-Claire Lemmens", "2026-12-12", null)),
			new Trial(
					"good morning, tomorrow start new reach truck driver in freezer hall B, name is Andrzej Kowalski. "
							+ "He need freezer clothing and badge. sorry for short notice!! Marek",
					starter("Andrzej Kowalski", "2026-11-24", null)),
			new Trial("Goedemiddag, het contract van Ronald Hoekstra (technische dienst, koeltechniek) loopt af op "
					+ "31-12-2026 en wordt niet verlengd. Hij heeft nog de sleutels van de machinekamer en een "
					+ "laptop. Graag inlevering regelen. Gr, Patrick", leaver("Ronald Hoekstra", "2026-12-31")),
			new Trial(
					"Hi, Declan Byrne from the night shift will start as refrigeration engineer in the technical team "
							+ "from 18 January, now that he has his F-gas certificate. Does he need a laptop for that? "
							+ "Thanks, Siobhan",
					mover("Declan Byrne", "2027-01-18", null)),
			new Trial("Hoi! Vanaf zaterdag 5 december zijn Ricardo Fernandes en Bianca Hulshof onze nieuwe "
					+ "kantinebeheerders. Ze hebben allebei een sleutel van het clubhuis en de alarmcode nodig, "
					+ "kan dat voor zaterdag geregeld zijn? Groet, Henk (secretaris)",
					starter("Ricardo Fernandes", "2026-12-05", null), starter("Bianca Hulshof", "2026-12-05", null)),
			new Trial(
					"Hello, from 1st March our youth coordinator Kerem Ayd\u0131n switches to the commercial side, he "
							+ "becomes account manager for the sponsors and the business club. Can he keep his laptop? "
							+ "greetings, Frank (treasurer)",
					mover("Kerem Ayd\u0131n", "2027-03-01", "account-manager")),
			new Trial(
					"Dag bestuur, onze terreinverantwoordelijke Luc Verstraeten stopt ermee na 22 jaar. Zijn laatste "
							+ "dag is zaterdag 19 december, na de laatste thuismatch. Hij moet zijn sleutels van de "
							+ "kleedkamers en de materiaalcontainer nog binnenbrengen. Wie volgt dat op?",
					leaver("Luc Verstraeten", "2026-12-19")));

	static final List<Trial> NINTH_TRIALS = List.of(
			new Trial("hoi, ff laten weten: Sanne de Graaf begint volgende week woensdag bij ons op de kwekerij, op de "
					+ "afdeling oppotten. ze heeft alleen een pasje nodig voor de kantine en de loods. groetjes marleen",
					starter("Sanne de Graaf", "2026-12-02", null)),
			new Trial("Dear colleagues, after 41 years with us our head grower Gerrit van Oosterhout is retiring. His "
					+ "last working day will be Thursday 17 December, just before the Christmas closure. Please collect "
					+ "his keys for the cold store and the tractor shed. Kind regards, Ingrid Bos, HR",
					leaver("Gerrit van Oosterhout", "2026-12-17")),
			new Trial(
					"Dag Ingrid, vanaf 4 januari schuift Jens Peeters door van de containerteelt naar de verkoop: hij "
							+ "wordt onze vertegenwoordiger voor de tuincentra in West-Vlaanderen. Zijn plaats in de "
							+ "containerteelt wordt ingenomen door Elif Y\u0131ld\u0131z, die dezelfde dag bij ons start. Kunnen "
							+ "jullie dat in orde brengen? Groetjes, Bart",
					mover("Jens Peeters", "2027-01-04", "account-manager"),
					starter("Elif Y\u0131ld\u0131z", "2027-01-04", null)),
			new Trial(
					"Hello, I want inform you that our new presenter for the dome shows, Lukas Brandst\u00e4tter, begins "
							+ "by us at 01.12.2026. He need an account for the show control system and a key for the projector "
							+ "room. Best greetings, Monika",
					starter("Lukas Brandst\u00e4tter", "2026-12-01", null)),
			new Trial("Goedemorgen, helaas moet ik melden dat onze technicus Ruben Hoekstra per direct is ontslagen; "
					+ "vrijdag 20 november was zijn laatste werkdag. Wil iemand zijn toegang tot het projectiesysteem en "
					+ "de koepel vandaag nog intrekken? Groet, drs. A. Kuipers",
					leaver("Ruben Hoekstra", "2026-11-20")),
			new Trial(
					"fyi Priya Raman (box office) moves over to our web team as a developer from mon 11 jan, she'll be "
							+ "building the new ticketing site. needs a dev laptop pls",
					mover("Priya Raman", "2027-01-11", "software-engineer")),
			new Trial("Hi! Three new artists join the winter tour on the 1st: Anastasia Volkova (aerial silks), Diego "
					+ "Fern\u00e1ndez (juggling) and Kwame Mensah (clown). They'll need caravan keys and access to the "
					+ "rehearsal tent. Cheers, Ringmaster Pete", starter("Anastasia Volkova", "2026-12-01", null),
					starter("Diego Fern\u00e1ndez", "2026-12-01", null), starter("Kwame Mensah", "2026-12-01", null)),
			new Trial(
					"Hoi allemaal, Sven Dijkstra, onze tentmeester, stopt na dit seizoen. Hij heeft zelf ontslag "
							+ "genomen en zijn laatste dag wordt zondag 10 januari, na de laatste voorstelling van het "
							+ "wintercircus. Graag zijn sleutels van de trucks en de opslag terug. Groet, Marit",
					leaver("Sven Dijkstra", "2027-01-10")),
			new Trial(
					"goedemidag, Ilse van der Wal word per 1 febuari onze facilitair coordinator voor het "
							+ "winterkwartier, ze was tot nu toe kostuumnaaister. heeft ze een nieuwe pas nodig?",
					mover("Ilse van der Wal", "2027-02-01", "facility-coordinator")),
			new Trial("Dag Katrien, goed nieuws: Pieter-Jan Vermeulen begint maandag 4 januari als verkoper in onze "
					+ "winkel in Gent (piano's en vleugels). Kan hij een kassacode en een laptop krijgen? Mvg, Stijn",
					starter("Pieter-Jan Vermeulen", "2027-01-04", "account-manager")),
			new Trial(
					"Hi HR, Just to confirm that the fixed-term contract of our piano tuner, Tobias O'Connell, ends on "
							+ "31 December and will not be renewed. He still has the van keys and the tuning kit. Thanks, "
							+ "Rebecca Lawson, Store Manager",
					leaver("Tobias O'Connell", "2026-12-31")),
			new Trial(
					"heads up: from next Friday Marco Rossi is no longer at the guitar counter, he becomes our sales rep "
							+ "for schools and music academies. pls sort a phone + car for him",
					mover("Marco Rossi", "2026-12-04", "account-manager")),
			new Trial(
					"Goedemorgen, over twee weken beginnen twee nieuwe plukkers in cel 4 t/m 8: Katarzyna Nowak en "
							+ "Piotr Wi\u015bniewski. Ze hebben een pasje en laarzen nodig. Groetjes, Anja",
					starter("Katarzyna Nowak", "2026-12-07", null),
					starter("Piotr Wi\u015bniewski", "2026-12-07", null)),
			new Trial(
					"Hello, Marek Kowalczyk is leaving us. He was fired today because of safety violation in the "
							+ "composting hall. Please block his pass at once. Regards, Dorota (team leader)",
					leaver("Marek Kowalczyk", "2026-11-23")),
			new Trial("hoi! Bram Ketelaar gaat van de oogst naar de kwaliteitscontrole, vanaf volgende week maandag. "
					+ "pasje moet ook toegang tot het lab krijgen", mover("Bram Ketelaar", "2026-11-30", null)),
			new Trial(
					"Dear IT, Please prepare everything for Hannah Schmidt, who will join our R&D department on Monday "
							+ "1 February 2027 as a software developer for the colour-matching application. She will need a "
							+ "developer laptop and access to GitLab. Kind regards, Dr. Willem Brouwer, Head of R&D",
					starter("Hannah Schmidt", "2027-02-01", "software-engineer")),
			new Trial(
					"Beste collega's, Youssef El Amrani, vertegenwoordiger voor de bouwmarkten in Noord-Holland, heeft "
							+ "ontslag genomen. Zijn laatste werkdag is vrijdag 15 januari. Zijn leaseauto en telefoon moeten "
							+ "terug. Met vriendelijke groet, Carla Mulder, Sales",
					leaver("Youssef El Amrani", "2027-01-15")),
			new Trial("Hallo, vanaf 1 maart neemt Henk Smits de rol van facility coordinator over op de fabriek in "
					+ "Sassenheim; hij werkt nu nog als ploegleider in de menghal. Kunnen jullie zijn sleutels en "
					+ "alarmcode regelen? Groet, Jeroen", mover("Henk Smits", "2027-03-01", "facility-coordinator")),
			new Trial(
					"quick one: our game masters Jade Thompson & Liam O'Brien are both leaving, last shift sat 2 jan. "
							+ "they've got keys to rooms 3 + 4 still",
					leaver("Jade Thompson", "2027-01-02"), leaver("Liam O'Brien", "2027-01-02")),
			new Trial("Dag, vanaf overmorgen komt Lars Goossens ons team versterken aan de bowlingbaan, als technieker "
					+ "voor de pinsetters. Mag hij een badge en een sleutel van de machinekamer? Merci, Annelies",
					starter("Lars Goossens", "2026-11-25", null)),
			new Trial(
					"Hello, small change in the team: Camille Dubois, who is working at the reception since two years, "
							+ "will become our developer for the booking website from 1/2/2027. She needs a good laptop for "
							+ "it. Thank you, Mathieu",
					mover("Camille Dubois", "2027-02-01", "software-engineer")),
			new Trial("Beste HR, wijzigingen per 4 januari: Fleur Verhagen (filiaal Utrecht) wordt bedrijfsleider in "
					+ "Amersfoort, en Noor Bakkali begint als goudsmid in ons atelier in Utrecht. Groet, Janneke",
					mover("Fleur Verhagen", "2027-01-04", null), starter("Noor Bakkali", "2027-01-04", null)),
			new Trial("Dear HR team, I am sorry to tell you that Margaret Ellison, our senior goldsmith in the Bath "
					+ "workshop, has decided to retire. Her last day with us will be Wednesday 27 January. She still "
					+ "holds a safe key and an alarm fob. With best wishes, Oliver Grant, Regional Manager",
					leaver("Margaret Ellison", "2027-01-27")),
			new Trial(
					"New starter!! Aisha Rahman joins as account manager for our corporate gifts & engraving clients, "
							+ "start date 11th Jan. laptop, phone, the lot pls",
					starter("Aisha Rahman", "2027-01-11", "account-manager")),
			new Trial("Hoi, onze ploegbaas in de smelterij, Kees Veldhuizen, gaat eind december met pensioen. Zijn "
					+ "sleutels en zijn pas moeten dan ingeleverd worden. Wil iemand ook zijn account opheffen? Gr. Wim",
					leaver("Kees Veldhuizen", "2026-12-31")),
			new Trial("Hi all, please welcome Connor Walsh, our new maintenance engineer for the furnaces and the "
					+ "moulding line. He starts in three weeks. Safety boots, overalls and a locker please. Thanks, Gary",
					starter("Connor Walsh", "2026-12-14", null)),
			new Trial("Goedemiddag, twee wijzigingen bij de gieterij: Ahmet Y\u0131lmaz gaat per 1 februari van de "
					+ "kernmakerij naar de afwerking, en Dirk Jan Hofman neemt afscheid, zijn laatste werkdag is "
					+ "donderdag 28 januari. Met vriendelijke groet, Esther Lammers, P&O",
					mover("Ahmet Y\u0131lmaz", "2027-02-01", null), leaver("Dirk Jan Hofman", "2027-01-28")),
			new Trial(
					"hee, nieuwe badmeester: Romy Janssen begint morgen al, vroege dienst. kan ze vandaag nog een pas "
							+ "en een account voor het roosterprogramma krijgen? thx",
					starter("Romy Janssen", "2026-11-24", null)),
			new Trial("Dag collega's, vanaf volgende week dinsdag gaat Wout Van den Broeck van de kassa naar de "
					+ "technische dienst, als facilitair medewerker voor het zwembad en de sauna. Hij heeft dan de "
					+ "sleutels van de technische ruimte nodig. Groeten, Sofie",
					mover("Wout Van den Broeck", "2026-12-01", "facility-coordinator")),
			new Trial(
					"Hello HR, Swimming instructor Daniel Hughes has handed in his notice; his last lesson and last day "
							+ "will be next Friday. Can you stop his access to the booking app after that? Thanks, Emma",
					leaver("Daniel Hughes", "2026-12-04")));

	static final List<Trial> TENTH_TRIALS = List.of(new Trial(
			"hoi! even snel: nieuwe legger bij ons, Thijs van der Meulen, begint volgende week woensdag. heeft "
					+ "ie een busje nodig? nee, rijdt eerst mee met Ahmed. wel werkkleding en een pasje voor het magazijn. "
					+ "gr kees",
			starter("Thijs van der Meulen", "2026-12-02", null)),
			new Trial(
					"Good afternoon all, I'm pleased to let you know that Rebecca O'Connell will be joining our contract "
							+ "flooring team as Account Manager for the hospitality sector. Her first day is Monday 4 January 2027. "
							+ "She'll need a laptop, a phone and a car from the pool. Many thanks, Graham Pike, Sales Director",
					starter("Rebecca O'Connell", "2027-01-04", "account-manager")),
			new Trial(
					"Dag allemaal, vanaf 1 februari trekt Lien Vercruysse van onze toonzaal in Kortrijk de baan op als "
							+ "vertegenwoordiger voor de regio Limburg. Wim D'Haese gaat dan weer met pensioen na 38 jaar trouwe "
							+ "dienst; zijn laatste werkdag is vrijdag 29 januari. Gelieve alles in orde te brengen. Met "
							+ "vriendelijke groeten, Dirk",
					mover("Lien Vercruysse", "2027-02-01", "account-manager"), leaver("Wim D'Haese", "2027-01-29")),
			new Trial("Hello, from 1.12. we have a new colleague in the housekeeping of the bungalows, Katarzyna "
					+ "Nowak-Wi\u015bniewska. She is starting at 7 o'clock in the morning and need a key for the linen "
					+ "room. Thank you, J\u00fcrgen", starter("Katarzyna Nowak-Wi\u015bniewska", "2026-12-01", null)),
			new Trial("Goedemorgen, per maandag 4 januari komt Mustafa El Amrani ons team versterken als facilitair "
					+ "co\u00f6rdinator van het park. Kunnen jullie zorgen voor een laptop, telefoon en de sleutelbos van "
					+ "de technische dienst? Alvast bedankt! Groet, Yvonne Brink, parkmanager Het Zandbos",
					starter("Mustafa El Amrani", "2027-01-04", "facility-coordinator")),
			new Trial(
					"quick one - lifeguard at the pool Jake Turner was let go this morning, today is his last day. also "
							+ "Femke Jonker moves from reception to the animation team from monday the 30th. ta, Rob",
					leaver("Jake Turner", "2026-11-23"), mover("Femke Jonker", "2026-11-30", null)),
			new Trial(
					"hallo, ik wou ff doorgeven dat onze nieuwe schoorsteenveger Bram Terpstra over twee weken begint. "
							+ "hij heeft zijn ladder en stofzuiger zelf maar heeft wel een tablet nodig voor de keuringsrapporten. "
							+ "mvg henk",
					starter("Bram Terpstra", "2026-12-07", null)),
			new Trial("Dear all, After more than forty years of sweeping chimneys across the county, our master sweep "
					+ "Harold Whitfield has decided it is time to hang up his brushes. He retires at the end of December; "
					+ "his final day with us will be Thursday 31 December. We will of course be having a small do in the "
					+ "yard. Please arrange the return of his van and his phone. Best wishes, Margaret",
					leaver("Harold Whitfield", "2026-12-31")),
			new Trial(
					"Beste, Jolien De Smet, nu nog planner op ons kantoor in Aalst, gaat vanaf maandag 11 januari mee onze "
							+ "planningsapp ontwikkelen als programmeur. Kan IT zorgen voor de nodige toegang? Merci, Annelies",
					mover("Jolien De Smet", "2027-01-11", "software-engineer")),
			new Trial(
					"yo new barber for the Camden shop: Tariq Hussain, starts tmrw 9am. needs the booking app login + a "
							+ "locker key cheers",
					starter("Tariq Hussain", "2026-11-24", null)),
			new Trial(
					"Hoi allemaal! Per 1 december verandert er wat bij de zaken in Utrecht: Youssef Bakkali, nu barbier in "
							+ "de Twijnstraat, wordt shopmanager van onze nieuwe zaak op de Biltstraat, en Daan Hofman begint die "
							+ "dag als barbier in de Twijnstraat. Willen jullie de kassa-accounts regelen? Groetjes, Naomi",
					mover("Youssef Bakkali", "2026-12-01", null), starter("Daan Hofman", "2026-12-01", null)),
			new Trial(
					"Hi HR, I'm afraid we've had to terminate the employment of Connor McAllister (senior barber, Leeds "
							+ "Briggate) with immediate effect following the incident on Saturday. Effective date today, "
							+ "23/11/2026. Please block his access to the booking system and the shop alarm. Regards, Paula Grant, "
							+ "Area Manager North",
					leaver("Connor McAllister", "2026-11-23")),
			new Trial(
					"Goeiemiddag, ik ben blij te melden dat Elke Claes vanaf 1 maart 2027 bij ons op het domein begint als "
							+ "verkoper voor de horeca. Ze komt van een brouwerij uit de streek. Ze heeft een laptop, gsm en een "
							+ "wagen nodig. Met vriendelijke groet, Geert Vanhaelewyn, zaakvoerder",
					starter("Elke Claes", "2027-03-01", "account-manager")),
			new Trial("Good morning, I inform you that our cellar master Giovanni Esposito will leave the domain at 15 "
					+ "january, he go back to Italy for take over the vineyard of his family. His last day of work is the "
					+ "15th of January 2027. Please take back his keys from the cellar and the tasting room. Cordially, "
					+ "Sylvie", leaver("Giovanni Esposito", "2027-01-15")),
			new Trial(
					"Morning team \u2014 heads up that Oliver Chambers is switching from the bottling line to tours & "
							+ "tastings, effective the week after next (Mon 7 Dec). He'll need the till login for the shop. "
							+ "Thanks! Ruth",
					mover("Oliver Chambers", "2026-12-07", null)),
			new Trial(
					"Beste collega's, volgende week maandag beginnen drie nieuwe dierverzorgers bij de afdeling Tropische "
							+ "Zee: Noor Visser, Sem de Jong en Fatma Yilmaz. Ze krijgen alle drie een pasje voor de achterkant van "
							+ "de bassins en een kluisje. Hartelijke groet, Marieke Dekker, hoofd dierverzorging",
					starter("Noor Visser", "2026-11-30", null), starter("Sem de Jong", "2026-11-30", null),
					starter("Fatma Yilmaz", "2026-11-30", null)),
			new Trial(
					"Hi all, Some changes in the Life Support team: our maintenance engineer Dmitri Sokolov takes over as "
							+ "Head of Life Support Systems from 1 January, when Alan Brooks retires. Alan's last day is Thursday 31 "
							+ "December. Could IT and FM sort out access? Thanks, Claire Nolan, Operations",
					mover("Dmitri Sokolov", "2027-01-01", null), leaver("Alan Brooks", "2026-12-31")),
			new Trial(
					"New hire: Aisha Okonkwo, web developer (she'll rebuild our online ticket shop), starting January "
							+ "11th. Laptop with dev tools please. - Tom",
					starter("Aisha Okonkwo", "2027-01-11", "software-engineer")),
			new Trial("ff tussendoor: Robin Mulder stopt bij ons eind december, heeft zelf opgezegd. sleutel van de "
					+ "materiaalkamer moet nog terug", leaver("Robin Mulder", "2026-12-31")),
			new Trial(
					"Hey! Two new routesetters joining the crew: Mateo Silva starts this Friday (27th) and Hannah Schmidt "
							+ "on Tuesday 1 December. Both need a key fob for the setting room and a staff wristband. Cheers, Lars",
					starter("Mateo Silva", "2026-11-27", null), starter("Hannah Schmidt", "2026-12-01", null)),
			new Trial(
					"Hallo, Jonas Peeters-Wouters, die nu aan de balie staat in onze zaal in Gent, wordt vanaf 04/01/2027 "
							+ "onze facilitair medewerker: hij gaat zich bezighouden met het onderhoud van de muren, de matten en "
							+ "het gebouw. Kunnen jullie zijn badge aanpassen zodat hij overal binnen kan? Merci en tot later, Sofie",
					mover("Jonas Peeters-Wouters", "2027-01-04", "facility-coordinator")),
			new Trial(
					"Hello, i want to say that Piotr Zieli\u0144ski finish his work by us at 30 november, his seasonal "
							+ "contract is ending. He must give back the key of the honey house and the jacket. Thank you very "
							+ "much, Agnieszka",
					leaver("Piotr Zieli\u0144ski", "2026-11-30")),
			new Trial(
					"Goedemiddag Hanna, leuk nieuws: over drie weken start Evelien ter Horst als accountmanager voor de "
							+ "natuurwinkels en delicatessenzaken. Ze werkt vanuit huis en komt \u00e9\u00e9n keer per week naar "
							+ "de imkerij. Graag een laptop en telefoon voor haar. Hartelijke groet, Jelle Bouma",
					starter("Evelien ter Horst", "2026-12-14", "account-manager")),
			new Trial(
					"Hoi, even een wijziging: Gijs Wouda stopt per 1 januari met het slingeren van de honing en gaat dan "
							+ "fulltime onze webwinkel en de bestellingen doen. Nieuwe functie dus, maar hij heeft alleen een laptop "
							+ "nodig. Groetjes, Jelle",
					mover("Gijs Wouda", "2027-01-01", null)),
			new Trial("Geachte heer/mevrouw, Hierbij bericht ik u dat de heer Willem-Jan van den Heuvel per maandag 1 "
					+ "februari 2027 in dienst treedt als leerling-orgelmaker in onze werkplaats te Elburg. Hij dient te "
					+ "beschikken over een sleutel van de werkplaats en de houtopslag. Hoogachtend, J.H. Veldkamp, "
					+ "directeur", starter("Willem-Jan van den Heuvel", "2027-02-01", null)),
			new Trial(
					"Hi both, Just to let you know that Ewan MacLeod, our voicer, has handed in his notice \u2014 he's off "
							+ "to a builder in Edinburgh. His last day will be Friday 8 January. Sarah Lindqvist from the pipe shop "
							+ "will step into his role from the following Monday. Best, Richard",
					leaver("Ewan MacLeod", "2027-01-08"), mover("Sarah Lindqvist", "2027-01-11", null)),
			new Trial("Dag Pieter, de nieuwe schrijnwerker voor de orgelkasten, Ruben Vandenbroucke, komt de week na "
					+ "volgende op maandag beginnen. Ge moogt hem een badge en een kastje geven, een computer heeft hij niet "
					+ "nodig. Groetjes, An", starter("Ruben Vandenbroucke", "2026-12-07", null)),
			new Trial(
					"hey, sad news on my side - we're letting Maddie Fletcher go. her last day is this friday (27th). she "
							+ "still has a studio key + the kiln room code, pls revoke both. thx, jo",
					leaver("Maddie Fletcher", "2026-11-27")),
			new Trial("Hallo! Vanaf dinsdag 1/12 hebben we versterking in het atelier: Ilse Groenewegen komt de "
					+ "draaicursussen geven en Kaan \u00d6zdemir gaat glazuren en stoken. Kunnen jullie de accounts en "
					+ "sleutels regelen? Dank je, Marloes", starter("Ilse Groenewegen", "2026-12-01", null),
					starter("Kaan \u00d6zdemir", "2026-12-01", null)),
			new Trial(
					"Hi, small change in the team: Bas Vermeulen swaps the shop counter for the computer. From 4 January "
							+ "he is our programmer for the web shop and the booking system of the workshops. He needs a laptop "
							+ "with the development tools. Greetings, Marloes de Ridder",
					mover("Bas Vermeulen", "2027-01-04", "software-engineer")));

	// Eleventh trial, session 33: a botanical garden, a glassworks, a cheese wholesaler,
	// a tattoo studio, a
	// bridal shop, a dance school, a tea importer, a hearing-aid shop chain, a locksmith
	// and an upholstery
	// workshop; written by a helper who never read the parser.
	static final List<Trial> ELEVENTH_TRIALS = List.of(
			new Trial("hoi! goed nieuws, we hebben eindelijk iemand voor de tropische kassen. Sanne Verhoeven begint "
					+ "maandag 7 december als hovenier. ze heeft een sleutel van kas 3 nodig en een portofoon. "
					+ "groetjes, Marieke", starter("Sanne Verhoeven", "2026-12-07", null)),
			new Trial("Dear colleagues, after 31 years looking after our herbarium, Dr Harold Whitcombe will retire at "
					+ "the end of this year. His last working day will be Thursday 31 December. Please arrange the "
					+ "return of his keys to the seed vault and his laptop. There will be drinks in the Orangery on "
					+ "the 18th. Kind regards, Fiona Marsh, Head of Collections",
					leaver("Harold Whitcombe", "2026-12-31")),
			new Trial("Joost de Graaf gaat per 1 januari van de buitenploeg naar de facilitaire dienst, als facilitair "
					+ "medewerker voor het bezoekerscentrum. kan zijn toegang tot het gebouwbeheersysteem geregeld "
					+ "worden? dank, Erik", mover("Joost de Graaf", "2027-01-01", "facility-coordinator")),
			new Trial(
					"two new glassblowers start monday the 30th: Tomasz Wiśniewski and Lena Hoffmann. safety shoes + "
							+ "heat gloves for both pls, sizes to follow. -dave",
					starter("Tomasz Wiśniewski", "2026-11-30", null), starter("Lena Hoffmann", "2026-11-30", null)),
			new Trial(
					"Beste HR, Kevin Pauwels, onze vertegenwoordiger voor regio Limburg, heeft zijn ontslag ingediend. "
							+ "Zijn laatste werkdag is vrijdag 18 december. De bedrijfswagen en de stalenkoffer moeten voor "
							+ "die dag terug. Met vriendelijke groeten, Ilse Claes, Verkoopleiding",
					leaver("Kevin Pauwels", "2026-12-18")),
			new Trial(
					"Hi, quick one. Priya Raman is moving from the finishing line to our sales team as account manager "
							+ "from 4 January. Could she get a laptop and access to the CRM before then? Thanks, Owen",
					mover("Priya Raman", "2027-01-04", "account-manager")),
			new Trial(
					"nieuwe chauffeur: Mohamed El Amrani, begint morgen al (sorry, kort dag). heeft een pasje voor de "
							+ "koelcel nodig en een scanner. gr Bart",
					starter("Mohamed El Amrani", "2026-11-24", null)),
			new Trial("Goedemorgen, twee wijzigingen bij de buitendienst. Het contract van Ruud ter Horst loopt eind "
					+ "januari af en wordt niet verlengd. Zijn opvolger als vertegenwoordiger, Femke Bosch-Hendriks, "
					+ "begint op 1 februari 2027. Graag een laptop en telefoon voor Femke klaarzetten. Groet, Wim "
					+ "Jansen, Commercieel Directeur", leaver("Ruud ter Horst", "2027-01-31"),
					starter("Femke Bosch-Hendriks", "2027-02-01", "account-manager")),
			new Trial("Hello! We've finally hired a developer for the B2B order portal: Arjun Mehta. He starts on the "
					+ "14th of December, mostly remote but in the warehouse on Fridays. Cheers, Claire Dubois | "
					+ "Operations", starter("Arjun Mehta", "2026-12-14", "software-engineer")),
			new Trial(
					"jess is leaving us :( last day sat 5/12. full name Jessica Alvarez for the form. back door key + "
							+ "booking app login need to go",
					leaver("Jessica Alvarez", "2026-12-05")),
			new Trial(
					"gastartiest uit Osaka, Kai Nakamura, werkt bij ons vanaf volgende week dinsdag, voor 3 maanden. "
							+ "alleen een sleutel en wifi nodig. groet Romy",
					starter("Kai Nakamura", "2026-12-01", null)),
			new Trial(
					"Helaas nemen we per direct afscheid van onze piercer Dylan Smits, hij is vandaag op staande voet "
							+ "ontslagen. Graag alle toegang nog vandaag intrekken, ook die tot de kassa en Instagram. Romy "
							+ "van Dijk, eigenaar",
					leaver("Dylan Smits", "2026-11-23")),
			new Trial(
					"Dear team, please join me in welcoming Chloé Martin-Lefèvre, our new seamstress, who joins us on "
							+ "Wednesday 2 December. She will need a key to the atelier and a login for the appointment "
							+ "book. Warm regards, Annabel Grey, Owner, Grey's Bridal",
					starter("Chloé Martin-Lefèvre", "2026-12-02", null)),
			new Trial(
					"hoi, Esmee en Noor stoppen allebei na het trouwseizoen 😢 Esmee Kuipers laatste dag 24 december, "
							+ "Noor Yilmaz op 31 dec. kun jij dat regelen? x Lotte",
					leaver("Esmee Kuipers", "2026-12-24"), leaver("Noor Yilmaz", "2026-12-31")),
			new Trial(
					"Hi! From next Monday Grace O'Neill moves from the shop floor to the online side, she'll be the web "
							+ "developer for our new site. Can she keep her till login? Thanks, Annabel",
					mover("Grace O'Neill", "2026-11-30", "software-engineer")),
			new Trial("Dag iedereen, met veel verdriet laten we weten dat onze dansleraar Luc Vermeulen afgelopen "
					+ "zaterdag plots is overleden. We denken aan zijn familie. Willen jullie zijn account en badge "
					+ "afsluiten en zijn lessen voorlopig uit het rooster halen? Hilde Peeters, directie",
					leaver("Luc Vermeulen", "2026-11-21")),
			new Trial(
					"3 new teachers for the jan term: Sofia Rossi (ballet), Marcus Johnson (hip hop) and Anouk van den "
							+ "Berg (jazz). all start 4-1-2027. keys + studio booking logins pls",
					starter("Sofia Rossi", "2027-01-04", null), starter("Marcus Johnson", "2027-01-04", null),
					starter("Anouk van den Berg", "2027-01-04", null)),
			new Trial(
					"Yara Bakker stopt met lesgeven en gaat over twee weken onze facilitaire zaken doen, als facilitair "
							+ "coördinator voor beide zalen. kun je haar rechten aanpassen? groet, Hilde",
					mover("Yara Bakker", "2026-12-07", "facility-coordinator")),
			new Trial(
					"Hi HR, happy to confirm that Wei Zhang has accepted our offer as Account Manager for the Benelux "
							+ "retail chains. Start date: 11 January 2027. He'll need a car, a phone and a laptop. Best, "
							+ "Tom Hughes, Commercial Director",
					starter("Wei Zhang", "2027-01-11", "account-manager")),
			new Trial(
					"Pieter-Jan De Smet gaat met pensioen! laatste werkdag 26 februari. 40 jaar thee proeven, chapeau. "
							+ "wil je zijn formulier klaarzetten? gr An",
					leaver("Pieter-Jan De Smet", "2027-02-26")),
			new Trial(
					"Hallo, per maandag 14 december wordt Rachid Benali onze nieuwe programmeur voor het ordersysteem; "
							+ "tot nu toe werkte hij in het magazijn. Zijn plek daar wordt ingenomen door Kees Veldman, die "
							+ "dezelfde dag bij ons begint. Groeten, Marloes van Leeuwen",
					mover("Rachid Benali", "2026-12-14", "software-engineer"),
					starter("Kees Veldman", "2026-12-14", null)),
			new Trial(
					"Beste collega's, in onze vestiging Zwolle start op maandag 30 november een nieuwe audicien: Inge "
							+ "Mulder-de Wit. Zij komt over van een andere keten en heeft dus al ervaring met onze "
							+ "apparatuur. Graag een laptop en toegang tot het klantdossier. Met vriendelijke groet, Patrick "
							+ "Bos, regiomanager Noord",
					starter("Inge Mulder-de Wit", "2026-11-30", null)),
			new Trial(
					"hey, we're taking on Bongani Dlamini as care worker for the home-visit round (nursing homes "
							+ "mostly). he starts in three weeks. needs a car key & a phone. ta, Sue",
					starter("Bongani Dlamini", "2026-12-14", "care-worker")),
			new Trial(
					"hoi, contract van onze facilitair medewerker Sven Dekker loopt 31-12 af, wordt niet verlengd. Lisa "
							+ "Hermans (nu audicien in Deventer) neemt zijn taken over als facilitair medewerker vanaf 4 "
							+ "jan. groet Patrick",
					leaver("Sven Dekker", "2026-12-31"), mover("Lisa Hermans", "2027-01-04", "facility-coordinator")),
			new Trial("nieuwe monteur! Daan Peters, begint woensdag. bus 3 is voor hem, plus een set lopers. gr Henk",
					starter("Daan Peters", "2026-11-25", null)),
			new Trial("Hi, just to let you know that Mark Ellison handed in his notice a few weeks back; his final day "
					+ "was actually Friday 20 November, as he still had holiday to take. Please close his accounts "
					+ "and get the van keys back from him. Regards, Gary Stone, Stone Locks Ltd",
					leaver("Mark Ellison", "2026-11-20")),
			new Trial("Goedemiddag, vanaf 1 maart gaat Bram van 't Hof van de werkplaats naar de binnendienst, als "
					+ "verkoper voor onze zakelijke klanten. Graag CRM-toegang en een headset. Mvg, Henk Brouwer",
					mover("Bram van 't Hof", "2027-03-01", "account-manager")),
			new Trial(
					"hi! two apprentices start dec 3rd: Olivia Brown and Mateus Costa. just aprons, a locker and a "
							+ "login each pls. thx, Nadia",
					starter("Olivia Brown", "2026-12-03", null), starter("Mateus Costa", "2026-12-03", null)),
			new Trial("Beste allemaal, onze stoffeerder Gerrit Hoekstra neemt na 42 jaar afscheid: hij gaat per 1 "
					+ "februari met pensioen, zijn laatste werkdag is dus vrijdag 29 januari. Graag zijn sleutels "
					+ "en zijn account afsluiten. Hartelijke groet, Wendy", leaver("Gerrit Hoekstra", "2027-01-29")),
			new Trial(
					"Dear all, from Monday 7 December Ravi Patel will step away from the cutting table and look after "
							+ "our building and suppliers as Facility Coordinator. Please update his access accordingly. "
							+ "Kind regards, Nadia Karimi, Workshop Manager",
					mover("Ravi Patel", "2026-12-07", "facility-coordinator")));

	// Twelfth trial, session 34: a driving school, a cinema, a notary office, a bicycle
	// shop chain, a flower wholesaler, a photo studio, a sign maker, a translation
	// agency,
	// a dog-grooming salon and a sailing school; written by a helper who never read the
	// parser.
	static final List<Trial> TWELFTH_TRIALS = List.of(
			new Trial(
					"hoi, vanaf volgende week maandag rijdt Kevin Lammers bij ons als instructeur (B-rijbewijs). "
							+ "kan iemand zorgen dat hij een laptop en toegang tot het planbord heeft? thx",
					starter("Kevin Lammers", "2026-11-30", null)),
			new Trial("Dear all, it is with great sadness that I have to tell you that our instructor Gerald "
					+ "Okafor-Hughes passed away on Friday 20 November. Our thoughts are with his wife and children. "
					+ "Please close his accounts, and we will collect the school car keys from his family in due course. "
					+ "Regards, Sandra Bell, Owner, Bell's Driving School",
					leaver("Gerald Okafor-Hughes", "2026-11-20")),
			new Trial(
					"Lien Claes stopt met lesgeven en komt vanaf 4 januari bij ons op kantoor in Gent, ze wordt daar "
							+ "onze facilitair medewerker. kunnen jullie da regelen? merci!",
					mover("Lien Claes", "2027-01-04", "facility-coordinator")),
			new Trial("heads up - Chloe Martin (ticket desk/projection) resigned, her last shift is sunday 6 dec. "
					+ "pls sort her badge + account", leaver("Chloe Martin", "2026-12-06")),
			new Trial("Beste collega's,\n\nPer 1 december komt Joris van den Akker ons team versterken als facilitair "
					+ "coördinator voor onze zalen in Utrecht en Amersfoort. Hij heeft een sleutelbos en een alarmcode "
					+ "nodig.\n\nMet vriendelijke groet,\nEllen Bos\nbioscoopmanager",
					starter("Joris van den Akker", "2026-12-01", "facility-coordinator")),
			new Trial("Quick one: from next Monday Tomasz Wiśniewski moves from our Leiden cinema to Haarlem, same job "
					+ "(floor manager). And Amira Haddad, who did our website on the side, becomes our full-time "
					+ "developer on the booking app from 1 January.", mover("Tomasz Wiśniewski", "2026-11-30", null),
					mover("Amira Haddad", "2027-01-01", "software-engineer")),
			new Trial("Geachte collega's,\n\nNa ruim 38 jaar gaat mr. Hendrik-Jan de Wit-Smeets met pensioen. Zijn "
					+ "laatste werkdag is vrijdag 18 december 2026. Wij nodigen u van harte uit voor de afscheidsreceptie."
					+ "\n\nMet vriendelijke groet,\nmr. A. van Lier\nNotariskantoor Van Lier & Koster",
					leaver("Hendrik-Jan de Wit-Smeets", "2026-12-18")),
			new Trial(
					"Hi team, two new people at the office: Siobhan O'Neill (paralegal) starts on the 7th of December, "
							+ "and Marco Bianchi joins as account manager for our corporate clients on January 11th. Thanks! Priya",
					starter("Siobhan O'Neill", "2026-12-07", null),
					starter("Marco Bianchi", "2027-01-11", "account-manager")),
			new Trial(
					"ff melden: we hebben afscheid genomen van Dennis Kuipers (kandidaat-notaris), ontslag op staande "
							+ "voet vandaag. account graag meteen dicht aub",
					leaver("Dennis Kuipers", "2026-11-23")),
			new Trial(
					"nieuwe verkoper voor de winkel in Zwolle: Thijs Mulder, begint dinsdag 1-12. sleutel + kassa-login "
							+ "graag",
					starter("Thijs Mulder", "2026-12-01", "account-manager")),
			new Trial(
					"Jens Van Damme, onze fietsenmaker in Kortrijk, gaat over twee weken naar de winkel in Brugge. "
							+ "Zelfde job, andere plek. Kan zijn badge aangepast worden?\nMvg, Pieter",
					mover("Jens Van Damme", "2026-12-07", null)),
			new Trial(
					"Hello,\n\nAgnieszka Nowak's temporary contract at the Amsterdam-Oost store ends on 31 December and "
							+ "we won't renew it. Her replacement, Daan Hoekstra, starts Monday 4 January as a mechanic.\n\nBest,\n"
							+ "Lotte\nRegional manager, Fietsplan",
					leaver("Agnieszka Nowak", "2026-12-31"), starter("Daan Hoekstra", "2027-01-04", null)),
			new Trial(
					"goedemorgen, Fleur Janssen is aangenomen als vertegenwoordger voor de regio Zuid, ze start 4 jan "
							+ "2027. heeft een telefoon en laptop nodig",
					starter("Fleur Janssen", "2027-01-04", "account-manager")),
			new Trial("Ahmed El Amrani is leaving us, he's taken a job at a grower in Westland. last day thursday 10 "
					+ "december", leaver("Ahmed El Amrani", "2026-12-10")),
			new Trial("Hallo allemaal,\n\nDe nachtploeg in Aalsmeer krijgt versterking: Rik Bosman, Noor el Idrissi en "
					+ "Wendy van Veen beginnen alle drie op maandag 14 december als orderpicker. Graag pasjes en een "
					+ "account voor de scanner.\n\nGroet,\nGerard Mol, hoofd logistiek",
					starter("Rik Bosman", "2026-12-14", null), starter("Noor el Idrissi", "2026-12-14", null),
					starter("Wendy van Veen", "2026-12-14", null)),
			new Trial("hey! so happy - Zoë Adeyemi joins the studio as retoucher/photographer in three weeks. can you "
					+ "set her up? 😊", starter("Zoë Adeyemi", "2026-12-14", null)),
			new Trial(
					"Bart-Jan Vos, nu nog fotograaf bij ons, gaat per 1 februari 2027 fulltime aan onze webshop "
							+ "werken als softwareontwikkelaar. Wil je zijn rechten aanpassen?",
					mover("Bart-Jan Vos", "2027-02-01", "software-engineer")),
			new Trial(
					"Hi, I forgot to tell you: Margaret Ellis has retired, her last day was last Friday. Please switch "
							+ "off her login and get the studio key back. Sorry for the late notice! Tom",
					leaver("Margaret Ellis", "2026-11-20")),
			new Trial("yo, Sem de Boer starts tomorrow in the workshop (vinyl lettering). still needs a laptop",
					starter("Sem de Boer", "2026-11-24", null)),
			new Trial("Dear HR,\n\nAs of 15 January 2027, Liam Brennan will move from our workshop in Eindhoven to the "
					+ "sales team as account manager. His workshop badge can be deactivated the same day.\n\nKind "
					+ "regards,\nJeroen Peters\nSigns & Letters BV",
					mover("Liam Brennan", "2027-01-15", "account-manager")),
			new Trial("Goeiemiddag, Karolien Wouters heeft haar ontslag gegeven. Ze werkt nog tot en met vrijdag 8 "
					+ "januari, daarna is ze weg. Kunnen jullie haar laptop en sleutels terugvragen? Groetjes, Annelies",
					leaver("Karolien Wouters", "2027-01-08")),
			new Trial(
					"Hi! Our new developer, Nguyen Thi Mai, starts on Wednesday December 2nd - she'll work on the "
							+ "CAT-tool integrations. Could you order a laptop? Thanks, Jonas",
					starter("Nguyen Thi Mai", "2026-12-02", "software-engineer")),
			new Trial("vertaler Frits van der Meulen gaat eind januari met pensioen 🎉 kan zijn account daarna dicht",
					leaver("Frits van der Meulen", "2027-01-31")),
			new Trial("Beste,\n\nPer 1 maart begint Ines Carvalho bij ons als projectmanager. Daarnaast gaat Olga "
					+ "Petrova van Maastricht naar ons kantoor in Rotterdam; ze blijft vertaler Russisch. Dat gaat in "
					+ "op maandag 1 februari.\n\nMet vriendelijke groet,\nHanneke Smit\nVertaalbureau Lingua",
					starter("Ines Carvalho", "2027-03-01", null), mover("Olga Petrova", "2027-02-01", null)),
			new Trial("Hoi! Vanaf woensdag komt Demi Hendriks bij ons trimmen, ze is nog in opleiding. Kan ze een "
					+ "account voor de agenda krijgen?", starter("Demi Hendriks", "2026-11-25", null)),
			new Trial("Jessica's contract ends next week friday, so 4 dec is her last day. Jessica Morales I mean. pls "
					+ "close her account after", leaver("Jessica Morales", "2026-12-04")),
			new Trial("Hallo, Ward Goossens komt vanaf maandag 11 januari onze trimsalon in Mechelen versterken als "
					+ "dierenverzorger. Alvast bedankt!", starter("Ward Goossens", "2027-01-11", null)),
			new Trial(
					"Beste allen,\n\nOnze zeilinstructeur Maarten van 't Hof stopt na dit seizoen; zijn contract loopt "
							+ "af op 18-12-2026. Voor het aangepast zeilen begint per 4 januari Esra Yıldız als zorgmedewerker."
							+ "\n\nGroet,\nFemke\nZeilschool De Brekken",
					leaver("Maarten van 't Hof", "2026-12-18"), starter("Esra Yıldız", "2027-01-04", "care-worker")),
			new Trial("Hi, Oliver Hansen moves from the Lemmer base to our Grou base from 1/12, still as instructor; "
					+ "and Sophie Dubois-Laurent starts on the 14th as our facilities coordinator (boats, sheds, keys). "
					+ "Cheers, Anke", mover("Oliver Hansen", "2026-12-01", null),
					starter("Sophie Dubois-Laurent", "2026-12-14", "facility-coordinator")),
			new Trial("helaas: Jesse Kramer is ontslagen, kwam niet meer opdagen. laatste werkdag was vorige week "
					+ "woensdag (18/11). graag alles blokkeren", leaver("Jesse Kramer", "2026-11-18")));

	@Test
	void announcementsNoCorpusHoldsComeBackAsForms(Playground playground) {
		score(playground, "", TRIALS);
	}

	@Test
	void theSecondTrialsAnnouncementsComeBackAsForms(Playground playground) {
		score(playground, " (second)", SECOND_TRIALS);
	}

	@Test
	void theThirdTrialsAnnouncementsComeBackAsForms(Playground playground) {
		score(playground, " (third)", THIRD_TRIALS);
	}

	@Test
	void theFourthTrialsAnnouncementsComeBackAsForms(Playground playground) {
		score(playground, " (fourth)", FOURTH_TRIALS);
	}

	@Test
	void theFifthTrialsAnnouncementsComeBackAsForms(Playground playground) {
		score(playground, " (fifth)", FIFTH_TRIALS);
	}

	@Test
	void theSixthTrialsAnnouncementsComeBackAsForms(Playground playground) {
		score(playground, " (sixth)", SIXTH_TRIALS);
	}

	@Test
	void theSeventhTrialsAnnouncementsComeBackAsForms(Playground playground) {
		score(playground, " (seventh)", SEVENTH_TRIALS);
	}

	@Test
	void theEighthTrialsAnnouncementsComeBackAsForms(Playground playground) {
		score(playground, " (eighth)", EIGHTH_TRIALS);
	}

	@Test
	void theNinthTrialsAnnouncementsComeBackAsForms(Playground playground) {
		score(playground, " (ninth)", NINTH_TRIALS);
	}

	@Test
	void theTenthTrialsAnnouncementsComeBackAsForms(Playground playground) {
		score(playground, " (tenth)", TENTH_TRIALS);
	}

	@Test
	void theEleventhTrialsAnnouncementsComeBackAsForms(Playground playground) {
		score(playground, " (eleventh)", ELEVENTH_TRIALS);
	}

	@Test
	void theTwelfthTrialsAnnouncementsComeBackAsForms(Playground playground) {
		score(playground, " (twelfth)", TWELFTH_TRIALS);
	}

	private static void score(Playground playground, String which, List<Trial> trials) {
		int people = 0;
		int right = 0;
		int[] fields = new int[4];
		List<String> report = new ArrayList<>();
		List<String> unanswered = new ArrayList<>();
		for (Trial trial : trials) {
			Sent sent = playground.say(MockTenant.PERSONAL_CHAT, trial.text());
			PlaygroundMessage reply = playground.replyTo(sent);
			// a message with no form or question fails the test, but only after the score
			// is
			// printed: a first run's figures must not be lost to one message
			if (!reply.hasCard() || reply.cardText().contains("did not understand")) {
				unanswered.add(trial.text());
			}
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
		assertThat(unanswered).as("messages that got no form or question").isEmpty();
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
