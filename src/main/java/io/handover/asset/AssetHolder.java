package io.handover.asset;

import java.time.Instant;

/**
 * An asset and who holds it now; the holder fields are null when it is on nobody's name.
 *
 * @param assetId the asset
 * @param tag its tag
 * @param type its type
 * @param model its model
 * @param serialNumber its serial number
 * @param status its status
 * @param location where it is kept, when known
 * @param employeeId the holder, or null
 * @param employeeName the holder's name, or null
 * @param assignmentId the current assignment, or null
 * @param since when it was issued to the holder, or null
 */
public record AssetHolder(String assetId, String tag, String type, String model, String serialNumber,
		AssetStatus status, String location, String employeeId, String employeeName, String assignmentId,
		Instant since) {

}
