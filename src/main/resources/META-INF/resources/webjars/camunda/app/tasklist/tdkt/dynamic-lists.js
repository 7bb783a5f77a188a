// Tasklist 7.24 and the form renderer it ships (form-js 1.8) disagree about a field inside a dynamic list: once such
// a field is edited, form-js keeps an empty entry for it in its errors ({"Number_1": {}}), and Tasklist counts the
// entries, so "Hoàn thành" stays disabled although nothing is wrong. While a form with a dynamic list is open, the
// button follows the errors form-js actually shows; completing still validates the whole form (form-js) and the
// server checks every value again.
const CHECK_MS = 400;

function check() {
  const list = document.querySelector('[cam-tasklist-form-camunda] .fjs-form-field-dynamiclist');
  if (!list || !window.angular) {
    return;
  }
  const holder = list.closest('[cam-tasklist-form-camunda]');
  let form;
  try {
    form = window.angular.element(holder).controller('camTasklistForm');
  } catch (e) {
    return;
  }
  if (!form) {
    return;
  }
  const shown = holder.querySelectorAll('[aria-invalid="true"]').length > 0;
  const scope = window.angular.element(holder).scope();
  if (scope && scope.$invalid !== shown) {
    form.notifyFormValidated(shown);
  }
}

window.setInterval(check, CHECK_MS);

export default [];
