package io.handover.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.DatabindException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import tools.jackson.databind.exc.InvalidFormatException;
import io.handover.common.InvalidInput;
import io.handover.common.NotFound;
import io.handover.common.NotAllowed;
import io.handover.common.Refusal;
import jakarta.validation.ConstraintViolationException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.ResolvableType;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import io.handover.common.LogSafe;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 7807 problem detail
 * ({@code application/problem+json}).
 * <ul>
 * <li>{@link NotFound} → 404.</li>
 * <li>{@link NotAllowed} → 403: the caller may not do this (audited where decided).</li>
 * <li>{@link Refusal} → 409 Conflict: the request was well-formed, but the current state
 * of the domain refuses it (an asset already assigned, a task already completed).
 * Properties {@code code} and {@code field} say which rule and which input.</li>
 * <li>Bean validation, type mismatches, missing parameters, {@link InvalidInput} and
 * malformed JSON → 400, with an {@code errors} array naming every field and its reason
 * (what the field accepts).</li>
 * <li>The store unreachable → 503 with {@code Retry-After}: nothing was changed.</li>
 * <li>Microsoft Graph refused or failed a request ({@code DirectoryFailure}) → 502 with
 * Graph's words and what to grant.</li>
 * </ul>
 */
@RestControllerAdvice
class ProblemDetails extends ResponseEntityExceptionHandler {

	/**
	 * A Content-Type Spring cannot parse says only that; an unknown charset is the usual
	 * reason for a CSV upload, so say so.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
		java.util.regex.Matcher charset = contentType == null ? null
				: java.util.regex.Pattern.compile("(?i)charset=\"?([^;\"\\s]+)").matcher(contentType);
		if (charset != null && charset.find() && !knownCharset(charset.group(1))) {
			ex.getBody()
				.setDetail("The charset '" + LogSafe.of(charset.group(1)) + "' in the Content-Type is not known; "
						+ "nothing was read. Send the file as UTF-8, or name a known charset.");
		}
		return super.handleHttpMediaTypeNotSupported(ex, headers, status, request);
	}

	private static boolean knownCharset(String name) {
		try {
			return java.nio.charset.Charset.isSupported(name);
		}
		catch (java.nio.charset.IllegalCharsetNameException ex) {
			return false;
		}
	}

	/** An upload read past its limit while it streamed: nothing was imported. */
	@ExceptionHandler(RequestSizeLimit.BodyTooLarge.class)
	ResponseEntity<Map<String, Object>> bodyTooLarge(RequestSizeLimit.BodyTooLarge tooLarge) {
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.CONNECTION, "close")
			.body(tooLarge.problem());
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound notFound) {
		return refusal(HttpStatus.NOT_FOUND, "Not found", notFound);
	}

	@ExceptionHandler(NotAllowed.class)
	ProblemDetail notAllowed(NotAllowed refusal) {
		return refusal(HttpStatus.FORBIDDEN, "Not allowed", refusal);
	}

	@ExceptionHandler(Refusal.class)
	ProblemDetail refused(Refusal refusal) {
		return refusal(HttpStatus.CONFLICT, "Refused", refusal);
	}

	/**
	 * Microsoft Graph refused or failed a request the API needed: Graph's own words and
	 * what to grant or do, never a bare 500. Nothing past the refused request was
	 * changed.
	 */
	@ExceptionHandler(io.handover.identity.DirectoryFailure.class)
	ProblemDetail directoryFailure(io.handover.identity.DirectoryFailure failure) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
				"Microsoft Graph: " + failure.describeWithAdvice());
		problem.setTitle("Microsoft Graph refused or failed");
		problem.setProperty("graphStatus", failure.status());
		if (failure.code() != null) {
			problem.setProperty("graphCode", failure.code());
		}
		if (failure.advice() != null) {
			problem.setProperty("advice", failure.advice());
		}
		return problem;
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalidInput(InvalidInput invalid) {
		ProblemDetail problem = invalid(List.of(new FieldProblem(invalid.field(), invalid.getMessage())));
		problem.setProperty("code", invalid.code());
		problem.setProperty("field", invalid.field());
		return problem;
	}

	/**
	 * The store cannot be reached (down, restarting, failing over): nothing was done; the
	 * caller may repeat the request in a moment.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, MongoTimeoutException.class,
			MongoSocketException.class })
	ResponseEntity<ProblemDetail> storeUnavailable(Exception ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The store is not reachable at the moment; nothing was changed. Try again in a few seconds.");
		problem.setTitle("Store unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(StoreOutage.RETRY_AFTER_SECONDS))
			.body(problem);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		List<FieldProblem> errors = ex.getConstraintViolations()
			.stream()
			.map((v) -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
			.toList();
		return invalid(errors);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach((error) -> errors.add(new FieldProblem(error.getField(), error.getDefaultMessage())));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
		return ResponseEntity.badRequest().headers(headers).body(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String parameter = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				String field = error instanceof FieldError fieldError ? fieldError.getField() : parameter;
				errors.add(new FieldProblem(field, error.getDefaultMessage()));
			}
		});
		return ResponseEntity.badRequest().headers(headers).body(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: ex.getPropertyName();
		Class<?> type = ex.getRequiredType();
		if (ex instanceof MethodArgumentTypeMismatchException mismatch && type != null
				&& Collection.class.isAssignableFrom(type)) {
			// a repeatable parameter such as state=OPEN&state=DONE: say what one value is
			type = ResolvableType.forMethodParameter(mismatch.getParameter()).asCollection().resolveGeneric(0);
		}
		String value = ex.getValue() instanceof Object[] values
				? Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(","))
				: String.valueOf(ex.getValue());
		List<FieldProblem> errors = List.of(new FieldProblem(field, "'" + value + "' is not " + expected(type)));
		return ResponseEntity.badRequest().headers(headers).body(invalid(errors));
	}

	/** What a parameter of this type accepts, in words. */
	private static String expected(Class<?> type) {
		if (type == null) {
			return "a value of the right type";
		}
		if (type.isEnum()) {
			return "one of "
					+ Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
		}
		if (type == LocalDate.class) {
			return "a date as yyyy-mm-dd";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "a whole number";
		}
		return "a valid " + type.getSimpleName();
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = List.of(new FieldProblem(ex.getParameterName(), "is required"));
		return ResponseEntity.badRequest().headers(headers).body(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is missing or is not valid JSON");
		problem.setTitle("Malformed request");
		if (ex.getCause() instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
			String field = mapping.getPath()
				.stream()
				.map((reference) -> reference.getPropertyName() != null ? reference.getPropertyName()
						: "[" + reference.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			String reason = mapping instanceof InvalidFormatException format
					? "'" + format.getValue() + "' is not a valid " + format.getTargetType().getSimpleName()
					: "has the wrong form";
			problem.setDetail("The request body does not fit: " + field + " " + reason);
			problem.setProperty("errors", List.of(new FieldProblem(field, reason)));
		}
		return ResponseEntity.badRequest().headers(headers).body(problem);
	}

	private static ProblemDetail refusal(HttpStatus status, String title, Refusal refusal) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.getMessage());
		problem.setTitle(title);
		problem.setProperty("code", refusal.code());
		if (refusal.field() != null) {
			problem.setProperty("field", refusal.field());
			problem.setProperty("errors", List.of(new FieldProblem(refusal.field(), refusal.getMessage())));
		}
		return problem;
	}

	private static ProblemDetail invalid(List<FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				errors.stream().map((e) -> e.field() + ": " + e.reason()).collect(Collectors.joining("; ")));
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot >= 0 ? path.substring(dot + 1) : path;
	}

	/** One field at fault and why. */
	record FieldProblem(String field, String reason) {

	}

}
