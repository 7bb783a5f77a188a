package vn.tdkt.commendation.document;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A request larger than spring.servlet.multipart.max-file-size is refused while it is read, before any
 * controller: answer it on our refusal page in Vietnamese instead of the container's error page. (Files
 * between tdkt.documents.max-size and that limit are refused by {@link CaseDocuments} with the case page.)
 */
@ControllerAdvice
class UploadTooLargeAdvice {

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(Model model, HttpServletResponse response) {
    response.setStatus(413);
    model.addAttribute("message", "Tệp tải lên quá lớn. Hồ sơ chỉ nhận tệp PDF, DOCX, JPG hoặc PNG tối đa 10 MB.");
    return "error/refused";
  }
}
