package io.handover.employee;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person Handover knows. Each of the three identities is unique when present (sparse
 * unique indexes), which is what makes {@link EmployeeDirectory#register} safe when two
 * instances register the same person at once.
 */
@Document("employees")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE)
public final class Employee {

	@Id
	private final String id;

	private final String name;

	/**
	 * The name folded to lower case without accents, for tolerant lookups; indexed
	 * (sparse) by {@link NameIndex}.
	 */
	@JsonIgnore
	private final String nameKey;

	@Indexed(unique = true, sparse = true)
	private final String upn;

	@Indexed(unique = true, sparse = true)
	private final String entraObjectId;

	@Indexed(unique = true, sparse = true)
	private final String hrEmployeeId;

	/** Indexed: a manager's overview lists their reports by it. */
	@Indexed(sparse = true)
	private final String managerUpn;

	/** The last working day of a leaver; indexed for the outstanding-assets query. */
	@Indexed(sparse = true)
	private final LocalDate leavingOn;

	private final Instant registeredAt;

	/**
	 * The key of the announcement that registered a joiner who has no identity yet (no
	 * account, no HR number): a repeat of that announcement finds this record again.
	 */
	@Indexed(unique = true, sparse = true)
	@JsonIgnore
	private final String announcedWith;

	Employee(String id, String name, String nameKey, String upn, String entraObjectId, String hrEmployeeId,
			String managerUpn, LocalDate leavingOn, Instant registeredAt) {
		this(id, name, nameKey, upn, entraObjectId, hrEmployeeId, managerUpn, leavingOn, registeredAt, null);
	}

	@PersistenceCreator
	Employee(String id, String name, String nameKey, String upn, String entraObjectId, String hrEmployeeId,
			String managerUpn, LocalDate leavingOn, Instant registeredAt, String announcedWith) {
		this.id = id;
		this.name = name;
		this.nameKey = nameKey;
		this.upn = upn;
		this.entraObjectId = entraObjectId;
		this.hrEmployeeId = hrEmployeeId;
		this.managerUpn = managerUpn;
		this.leavingOn = leavingOn;
		this.registeredAt = registeredAt;
		this.announcedWith = announcedWith;
	}

	public String id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public String upn() {
		return this.upn;
	}

	public String entraObjectId() {
		return this.entraObjectId;
	}

	public String hrEmployeeId() {
		return this.hrEmployeeId;
	}

	public String managerUpn() {
		return this.managerUpn;
	}

	/** The last working day, or null when they are not leaving. */
	public LocalDate leavingOn() {
		return this.leavingOn;
	}

	public Instant registeredAt() {
		return this.registeredAt;
	}

	String nameKey() {
		return this.nameKey;
	}

	@Override
	public String toString() {
		return this.name + " <" + (this.upn != null ? this.upn : this.id) + ">";
	}

}
