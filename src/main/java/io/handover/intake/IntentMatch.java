package io.handover.intake;

/** Where an intent word was found in the message, the kind it says and how strongly. */
record IntentMatch(Announcement.Kind kind, int weight, int start, int end) {
}
