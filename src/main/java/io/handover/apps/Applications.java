package io.handover.apps;

import org.springframework.data.mongodb.repository.MongoRepository;

interface Applications extends MongoRepository<Application, String> {

}
