package vn.loa.web;

import org.jsoup.nodes.Entities;

/** The small Vietnamese pages of subscribing, confirming and unsubscribing. */
final class SubscriptionPages {

    static final String CONSENT_WORDING = "Tôi đồng ý nhận thư điện tử về cải cách hành chính của danh sách này và biết"
            + " rằng có thể hủy đăng ký bất cứ lúc nào bằng liên kết ở cuối mỗi thư.";

    private SubscriptionPages() {
    }

    static String form(String listId, String listName) {
        return page("Đăng ký nhận tin: " + listName,
                "<h1>Đăng ký nhận tin</h1><p>Danh sách: <strong>" + esc(listName) + "</strong></p>"
                        + "<form method=\"post\" action=\"/subscribe\">"
                        + "<input type=\"hidden\" name=\"list\" value=\"" + esc(listId) + "\">"
                        + "<p><label>Địa chỉ thư điện tử<br><input type=\"email\" name=\"email\" required size=\"40\"></label></p>"
                        + "<p><label>Họ và tên (không bắt buộc)<br><input type=\"text\" name=\"name\" size=\"40\"></label></p>"
                        + "<p><small>" + esc(CONSENT_WORDING) + "</small></p>"
                        + "<p><button type=\"submit\">Đăng ký</button></p></form>");
    }

    static String checkMailbox(String listName) {
        return page("Kiểm tra hộp thư", "<h1>Vui lòng kiểm tra hộp thư</h1><p>Nếu địa chỉ hợp lệ, chúng tôi đã gửi một thư"
                + " xác nhận cho danh sách <strong>" + esc(listName) + "</strong>. Hãy bấm liên kết trong thư để hoàn tất"
                + " đăng ký.</p>");
    }

    static String subscribed(String listName) {
        return page("Đã đăng ký", "<h1>Đăng ký thành công</h1><p>Bạn sẽ nhận thư của danh sách <strong>"
                + esc(listName) + "</strong>.</p>");
    }

    static String confirmed(String listName) {
        return page("Đã xác nhận", "<h1>Đã xác nhận đăng ký</h1><p>Cảm ơn bạn. Từ nay bạn sẽ nhận thư của danh sách <strong>"
                + esc(listName) + "</strong>.</p>");
    }

    static String unsubscribeForm(String token, String listName, String address) {
        return page("Hủy đăng ký", "<h1>Hủy đăng ký nhận tin</h1><p>Địa chỉ <strong>" + esc(address)
                + "</strong> sẽ không nhận thư của danh sách <strong>" + esc(listName) + "</strong> nữa.</p>"
                + "<form method=\"post\" action=\"/unsubscribe?token=" + esc(token) + "\">"
                + "<button type=\"submit\">Xác nhận hủy đăng ký</button></form>");
    }

    static String unsubscribed(String listName) {
        return page("Đã hủy đăng ký", "<h1>Đã hủy đăng ký</h1><p>Bạn sẽ không nhận thư của danh sách <strong>"
                + esc(listName) + "</strong> nữa.</p>");
    }

    static String invalidLink() {
        return page("Liên kết không hợp lệ", "<h1>Liên kết không hợp lệ hoặc đã hết hạn</h1>"
                + "<p>Hãy dùng liên kết mới nhất trong thư, hoặc đăng ký lại.</p>");
    }

    static String problem(String message) {
        return page("Không thể đăng ký", "<h1>Không thể đăng ký</h1><p>" + esc(message) + "</p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + "</title>"
                + "<style>body{font-family:system-ui,Arial,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;"
                + "line-height:1.6;color:#1b1b1b}button{background:#8a1c1c;color:#fff;border:0;padding:.6rem 1.1rem;"
                + "border-radius:4px;font-size:1rem}input{font-size:1rem;padding:.3rem}</style></head><body>"
                + body + "</body></html>\n";
    }

    private static String esc(String text) {
        return text == null ? "" : Entities.escape(text);
    }
}
