package vn.tdkt.commendation.problem;

import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.tdkt.commendation.audit.AuditLog;

/** Refusals from our own JSON endpoints under /api. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class RefusalAdvice {

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Object> refusal(RuntimeException e) {
    Refusal refusal = Refusal.findIn(e);
    if (refusal == null) {
      throw e;
    }
    if (refusal.status() == 403) {
      AuditLog.denied(403, "api", refusal.getMessage());
    }
    return ResponseEntity.status(refusal.status()).body(refusal.body());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Object> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.badRequest()
        .body(Refusal.invalid(null, "Nội dung yêu cầu không phải JSON hợp lệ.").body());
  }
}
