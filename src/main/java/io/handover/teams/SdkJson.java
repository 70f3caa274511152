package io.handover.teams;

import java.io.IOException;

import com.microsoft.bot.schema.Serialization;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crossing between Handover's JSON (Jackson 3, {@code tools.jackson}) and the Bot
 * Framework SDK's (Jackson 2, {@code com.fasterxml.jackson}). The retired SDK's types
 * (activity value and channel data, attachment content, invoke bodies, roster properties)
 * hold Jackson 2 trees or plain objects; everything else in Handover speaks Jackson 3. A
 * tree crosses as JSON text: two parsers, one meaning, and neither library mistakes the
 * other's node for a bean.
 */
final class SdkJson {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private SdkJson() {
	}

	/** A Jackson 3 tree as the SDK's Jackson 2 tree, for an SDK type's field. */
	static com.fasterxml.jackson.databind.JsonNode toSdk(JsonNode node) {
		if (node == null) {
			return null;
		}
		try {
			return Serialization.jsonToTree(JSON.writeValueAsString(node));
		}
		catch (IOException ex) {
			throw new IllegalStateException("A JSON tree could not cross to the Bot Framework SDK", ex);
		}
	}

	/**
	 * What an SDK type holds (a Jackson 2 tree, a map the SDK made, one of its schema
	 * objects) as a Jackson 3 tree; null stays null.
	 */
	static JsonNode fromSdk(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof JsonNode node) {
			return node;
		}
		String json = Serialization.toStringSilent(value);
		if (json == null) {
			throw new IllegalStateException("A " + value.getClass().getName() + " from the SDK is not JSON");
		}
		try {
			return JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("A " + value.getClass().getName() + " from the SDK is not JSON", ex);
		}
	}

	/**
	 * A roster member's property as text (the SDK holds them as Jackson 2 nodes), or null
	 * when it is missing, null or not a single value.
	 */
	static String text(Object property) {
		if (property instanceof com.fasterxml.jackson.databind.JsonNode node) {
			return node.isValueNode() && !node.isNull() ? node.asText() : null;
		}
		return property != null ? property.toString() : null;
	}

}
