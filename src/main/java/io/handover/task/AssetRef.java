package io.handover.task;

/**
 * The asset a task concerns. For a joiner's issue task only type and model are known
 * until the asset is issued; for a leaver's collect task every field comes from the asset
 * register.
 */
public record AssetRef(String assetId, String assignmentId, String tag, String type, String model,
		String serialNumber) {

	public static AssetRef ofModel(String type, String model) {
		return new AssetRef(null, null, null, type, model, null);
	}

	public boolean isAssigned() {
		return this.assignmentId != null;
	}

}
