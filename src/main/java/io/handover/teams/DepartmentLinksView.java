package io.handover.teams;

import java.util.Comparator;
import java.util.List;

import io.handover.access.DepartmentLinks;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The channel links ({@code channel_links}, at most a few dozen) and the configured
 * staff, read for the Administrators' overview.
 */
@Component
class DepartmentLinksView implements DepartmentLinks {

	private final MongoTemplate mongo;

	private final StaffProperties staff;

	DepartmentLinksView(MongoTemplate mongo, StaffProperties staff) {
		this.mongo = mongo;
		this.staff = staff;
	}

	@Override
	public List<Link> links() {
		return this.mongo.findAll(ChannelLink.class)
			.stream()
			.map(link -> new Link(link.id(), link.teamId(), link.channelName(), link.departments(),
					link.requests().stream().map(ChannelLink.Request::department).toList(), link.linkedBy(),
					link.linkedAt()))
			.sorted(Comparator.comparing(link -> link.channelName() != null ? link.channelName() : link.channelId()))
			.toList();
	}

	@Override
	public List<String> configuredMembers(String department) {
		return this.staff.of(department).members();
	}

	@Override
	public String lead(String department) {
		return this.staff.of(department).lead();
	}

}
