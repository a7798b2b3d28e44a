import {defineLocaleResourceBundle} from 'sanity'

/**
 * Where @sanity/locale-vi-vn misleads the department's editors, the words they expect: read as a
 * login problem, as a demand, or word for word from English. Sanity's locale resource bundles are
 * the supported way to change the Studio's own texts; these load after the Vietnamese locale.
 */
export const editorWords = [
  defineLocaleResourceBundle({
    locale: 'vi-VN',
    namespace: 'structure',
    resources: {
      // "Có lỗi xác thực cần được khắc phục" reads as an authentication error.
      'action.publish.validation-issues.tooltip': 'Còn ô chưa đúng (đánh dấu đỏ): hãy sửa rồi xuất bản.',
      // "Mới Sản phẩm OCOP" is English word order.
      'panes.document-header-title.new.text': '{{schemaType}} mới',
      // Said of filtered lists too, where it is wrong: the type has documents, this list has none.
      'panes.document-list-pane.no-documents-of-type.text': 'Danh sách này chưa có mục nào',
    },
  }),
  defineLocaleResourceBundle({
    locale: 'vi-VN',
    namespace: 'validation',
    resources: {
      // "Yêu cầu" reads as "request"; a required field is "bắt buộc".
      'generic.required': 'Bắt buộc',
    },
  }),
  defineLocaleResourceBundle({
    locale: 'vi-VN',
    namespace: 'studio',
    resources: {
      // "Thêm phần tử" ("add an element") for adding a photo, a link or a shop.
      'inputs.array.action.add-item': 'Thêm',
      'form.field.actions-menu.title': 'Thao tác với ô này',
      // "Hotspot" is English; the circle marks what every crop of the photo keeps.
      'inputs.imagetool.title': 'Cắt ảnh và điểm giữ lại',
      'inputs.image.hotspot-dialog.title': 'Cắt ảnh',
      'inputs.imagetool.description': 'Kéo khung chữ nhật để cắt ảnh. Kéo vòng tròn vào phần luôn phải thấy được (người, sản phẩm) khi website cắt ảnh theo các khung bên dưới.',
    },
  }),
]
