package io.handover.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A seller is the account manager whatever the shop ("winkelverkoper", "verkoopadviseur",
 * "sales associates" of a store), as the catalogue's aliases "sales" and "verkoper" say;
 * one who sells tickets, or assists at the tills, is not. A job in brackets that explains
 * the job before it ("our chaplain (spiritual carer)") is never a name. Today is Thursday
 * 3 December 2026.
 */
class SellersAndJobsInBracketsTests {

	@Test
	void aShopsSellerIsTheAccountManager() {
		assertThat(OnTheCorpusDay.parseShipped("Nieuwe winkelverkoper per 4 januari: Bram Hendriks.").roleKey())
			.isEqualTo("account-manager");
		assertThat(OnTheCorpusDay
			.parseShipped("Per 11 januari begint Lotte Smit als verkoopadviseur in onze winkel in Assen.")
			.roleKey()).isEqualTo("account-manager");
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Our Leeds store welcomes two new sales associates from Saturday 12 December: Ruby Hall and Omar Sheikh."))
			.extracting(Announcement::roleKey)
			.containsExactly("account-manager", "account-manager");
	}

	@Test
	void aTownInBracketsShapedLikeAJobKeepsTheListsSellerRole() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Nieuwe verkoopsters per 4 januari:\n- Lotte Bakker (Zwolle)\n- Emma Vos (Deventer)\n- Sara Kok (Alkmaar)"))
			.extracting(Announcement::roleKey)
			.containsExactly("account-manager", "account-manager", "account-manager");
		// a job in brackets with no town beside it stays the person's own
		assertThat(OnTheCorpusDay
			.parseAllShipped("Per 4 januari beginnen: Mila Jansen (Vormgever) en Teun Mulder (Schilder)."))
			.extracting(Announcement::roleWords)
			.containsExactly("Vormgever", "Schilder");
	}

	@Test
	void aTicketSellerOrASalesAssistantIsNoAccountManager() {
		assertThat(OnTheCorpusDay
			.parseShipped("Kaartverkoper Noor Bakker begint zaterdag 12 december bij de kassa van het theater.")
			.roleKey()).isNull();
		assertThat(OnTheCorpusDay.parseShipped("Ruby Hall starts as a sales assistant in our York shop on 4 January.")
			.roleKey()).isNull();
	}

	@Test
	void aJobInBracketsAfterAJobIsNoName() {
		assertThat(
				OnTheCorpusDay.parse("Our chaplain (spiritual carer) will lead the Christmas service on 24 December.")
					.employeeName())
			.isNull();
		assertThat(OnTheCorpusDay.parse("Onze pastor (geestelijk verzorger) gaat per 1 februari met pensioen.")
			.employeeName()).isNull();
		// a name in brackets after a job stays one, even with a surname that is a job
		assertThat(OnTheCorpusDay.parse("onze nieuwe kok (anna bakker) begint maandag").employeeName())
			.isEqualTo("Anna Bakker");
		assertThat(OnTheCorpusDay.parse("callum brooks (bike workshop) quit yesterday.").employeeName())
			.isEqualTo("Callum Brooks");
	}

}
