package io.handover.hr.nmbrs;

import java.time.Clock;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The newest Nmbrs refresh token in the store, one document, written in place (one
 * document is written atomically). It is a credential at rest: the database is reached
 * only by Handover, and a refresh token alone is useless without the app's client secret,
 * which stays in Key Vault.
 */
final class StoredNmbrsRefreshTokens implements NmbrsRefreshTokens {

	static final String COLLECTION = "hrSourceCredentials";

	private static final String ID = "nmbrs-refresh-token";

	private final MongoOperations mongo;

	private final Clock clock;

	StoredNmbrsRefreshTokens(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public Optional<String> newest() {
		Document kept = this.mongo.findById(ID, Document.class, COLLECTION);
		return Optional.ofNullable(kept).map(document -> document.getString("token"));
	}

	@Override
	public void keep(String refreshToken) {
		this.mongo.upsert(new Query(Criteria.where("_id").is(ID)),
				new Update().set("token", refreshToken).set("keptAt", this.clock.instant()), COLLECTION);
	}

}
