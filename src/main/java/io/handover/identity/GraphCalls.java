package io.handover.identity;

import java.util.function.Supplier;

import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.kiota.ApiException;

/**
 * One Microsoft Graph SDK call, its failures turned into the directory's own words: the
 * one translation the adapter's writes ({@link GraphDirectory}) and its reads
 * ({@link GraphObservations}) share.
 */
final class GraphCalls {

	private GraphCalls() {
	}

	static <T> T call(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (ODataError error) {
			String code = error.getError() != null ? error.getError().getCode() : null;
			String message = error.getError() != null && error.getError().getMessage() != null
					? error.getError().getMessage() : error.getMessage();
			throw new DirectoryFailure(error.getResponseStatusCode(), code, message);
		}
		catch (ApiException error) {
			throw new DirectoryFailure(error.getResponseStatusCode(), null, error.getMessage());
		}
		catch (DirectoryFailure failure) {
			throw failure;
		}
		catch (RuntimeException error) {
			// token acquisition and transport failures: say what, without secrets or
			// stack
			Throwable cause = error;
			while (cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause();
			}
			throw new DirectoryFailure(0, null, "Microsoft Graph could not be reached: "
					+ (cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName()));
		}
	}

}
