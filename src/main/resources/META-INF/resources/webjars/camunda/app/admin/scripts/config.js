// Our configuration of the Camunda webapp (overrides the vendor's file of the same path in the webjar):
// Vietnamese by default, English kept as a choice, our product name.
export default {
  app: {
    name: 'Thi đua – Khen thưởng',
    vendor: 'UBND tỉnh Thanh Hóa'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'LLLL'
  },
  disableWelcomeMessage: true
};
