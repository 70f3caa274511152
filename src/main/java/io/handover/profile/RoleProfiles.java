package io.handover.profile;

import org.springframework.data.mongodb.repository.MongoRepository;

interface RoleProfiles extends MongoRepository<RoleProfile, String> {

}
