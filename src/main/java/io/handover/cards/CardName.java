package io.handover.cards;

public enum CardName {

	HELP_PERSONAL, HELP_CHANNEL

}
