package io.handover.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The opposite of {@link ProductionMode}: beans that exist only where the bot answers
 * this machine alone (no app id), such as the trial's page of sent messages.
 */
public final class LocalMode implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !ProductionMode.isOn(context.getEnvironment());
	}

}
