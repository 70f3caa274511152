package io.handover.asset;

import java.time.Instant;
import java.time.ZoneId;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssetStateMachineTests {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");

	private static final Actor IT = new Actor("it-1", "Ivo IT", Channel.TEAMS);

	private final Asset inStock = new Asset("a1", "AST-000001", "laptop", "laptop-standard", "SN1",
			AssetStatus.IN_STOCK, "Utrecht", null, null, MONDAY);

	private final Asset.Loan toAnna = new Asset.Loan("as1", "e-anna", "Anna de Vries", MONDAY);

	@Test
	void anAssetInStockIsIssuedToOnePerson() {
		Asset issued = this.inStock.issueTo(this.toAnna, AMSTERDAM);

		assertThat(issued.status()).isEqualTo(AssetStatus.ASSIGNED);
		assertThat(issued.current()).isEqualTo(this.toAnna);
		assertThat(issued.holding().state()).isEqualTo(AssignmentState.ISSUED);
	}

	@Test
	void anAssignedAssetIsRefusedToASecondPersonNamingTheHolderAndTheDay() {
		Asset issued = this.inStock.issueTo(this.toAnna, AMSTERDAM);

		assertThatThrownBy(() -> issued.issueTo(new Asset.Loan("as2", "e-jan", "Jan Bakker", MONDAY), AMSTERDAM))
			.isInstanceOfSatisfying(Refusal.class, (refusal) -> {
				assertThat(refusal.code()).isEqualTo("asset-assigned");
				assertThat(refusal.field()).isEqualTo("serialNumber");
			})
			.hasMessage("SN1 is already assigned to Anna de Vries since 2026-11-23");
	}

	@Test
	void aReturnGoesThroughPendingAndReceiptBackToStock() {
		Asset pending = this.inStock.issueTo(this.toAnna, AMSTERDAM).returnPending();
		assertThat(pending.status()).isEqualTo(AssetStatus.RETURN_PENDING);
		assertThat(pending.holding().state()).isEqualTo(AssignmentState.RETURN_PENDING);

		Asset received = pending.receive(null);
		assertThat(received.status()).isEqualTo(AssetStatus.RETURNED);
		assertThat(received.current()).isNull();
		assertThat(received.holding()).isNull();

		assertThat(received.restock(null).status()).isEqualTo(AssetStatus.IN_STOCK);
	}

	@Test
	void aLostAssetIsOffTheNameAndCannotBeIssuedUntilFound() {
		Asset lost = this.inStock.issueTo(this.toAnna, AMSTERDAM).lose("left on the train");

		assertThat(lost.status()).isEqualTo(AssetStatus.LOST);
		assertThat(lost.current()).isNull();
		assertThat(lost.notes()).isEqualTo("left on the train");
		assertThatThrownBy(() -> lost.issueTo(this.toAnna, AMSTERDAM)).isInstanceOf(Refusal.class)
			.hasMessageContaining("it is LOST");
		assertThat(lost.wipe(null).restock(null).status()).isEqualTo(AssetStatus.IN_STOCK);
	}

	@Test
	void aDisposedAssetLeavesTheNameOfItsHolderAndIsRetiredForGood() {
		Asset sold = this.inStock.issueTo(this.toAnna, AMSTERDAM).dispose("sold to Anna");

		assertThat(sold.status()).isEqualTo(AssetStatus.RETIRED);
		assertThat(sold.current()).isNull();
		assertThat(sold.notes()).isEqualTo("sold to Anna");
		assertThatThrownBy(() -> sold.dispose("again")).isInstanceOf(Refusal.class).hasMessageContaining("RETIRED");
		assertThatThrownBy(() -> sold.issueTo(this.toAnna, AMSTERDAM)).isInstanceOf(Refusal.class);
	}

	@Test
	void invalidMovesAreRefused() {
		assertThatThrownBy(() -> this.inStock.returnPending()).isInstanceOf(Refusal.class)
			.hasMessageContaining("it is IN_STOCK");
		assertThatThrownBy(() -> this.inStock.receive(null)).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> this.inStock.lose(null)).isInstanceOf(Refusal.class);
		Asset retired = this.inStock.retire("broken screen");
		assertThat(retired.status()).isEqualTo(AssetStatus.RETIRED);
		assertThatThrownBy(() -> retired.restock(null)).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> retired.issueTo(this.toAnna, AMSTERDAM)).isInstanceOf(Refusal.class);
		Asset assigned = this.inStock.issueTo(this.toAnna, AMSTERDAM);
		assertThatThrownBy(() -> assigned.retire("no")).isInstanceOf(Refusal.class);
	}

	@Test
	void anAssignmentIsSignedReturnedAndReceivedOnlyInOrder() {
		Asset issued = this.inStock.issueTo(this.toAnna, AMSTERDAM);
		Assignment assignment = Assignment.issued(issued, IT, "JML-0001", "t1");
		assertThat(assignment.state()).isEqualTo(AssignmentState.ISSUED);

		Assignment signed = assignment.signedFor("r1");
		assertThat(signed.receiptRecordId()).isEqualTo("r1");
		assertThatThrownBy(() -> signed.signedFor("r2")).isInstanceOf(Refusal.class)
			.hasMessageContaining("already signed for");

		Assignment pending = signed.returnedByEmployee("r3", MONDAY);
		assertThat(pending.state()).isEqualTo(AssignmentState.RETURN_PENDING);
		assertThatThrownBy(() -> pending.returnedByEmployee("r4", MONDAY)).isInstanceOf(Refusal.class);

		Assignment received = pending.received(IT, MONDAY, "good");
		assertThat(received.state()).isEqualTo(AssignmentState.RETURNED);
		assertThat(received.receivedBy()).isEqualTo(IT);
		assertThatThrownBy(() -> received.lost(IT, MONDAY, "?")).isInstanceOf(Refusal.class)
			.hasMessageContaining("already returned");
	}

	@Test
	void staffCanReceiveAnAssetHandedOverInPersonWithoutTheHoldersSignature() {
		Assignment assignment = Assignment.issued(this.inStock.issueTo(this.toAnna, AMSTERDAM), IT, null, null);

		assertThat(assignment.received(IT, MONDAY, "damaged").state()).isEqualTo(AssignmentState.RETURNED);
	}

}
