package io.handover.cards;

import java.util.Locale;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Service;

@Service
public class Cards {

	public ObjectNode render(CardName name, Object data, Locale locale) {
		ObjectNode card = JsonNodeFactory.instance.objectNode();
		card.put("type", "AdaptiveCard").put("version", "1.5");
		card.putArray("body").addObject().put("type", "TextBlock").put("text", name.name());
		return card;
	}

}
