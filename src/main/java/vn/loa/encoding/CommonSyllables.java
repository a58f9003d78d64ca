package vn.loa.encoding;

import java.util.List;
import java.util.Set;

/**
 * Syllables with diacritics that fill Vietnamese administrative news: function words (của, và, các, được, những) and
 * the vocabulary of administrative reform (cải cách hành chính, thủ tục, ủy ban, quyết định). A wrong reading of a
 * legacy file now and then forms some valid syllable by chance, but seldom these.
 */
final class CommonSyllables {

    static final Set<String> ALL = Set.copyOf(List.of("""
            của và các được những là có cho với để đã một này không từ về đến tại trên đó việc như người sẽ còn cũng
            đều nhiều năm tháng ngày số theo trong vào sau trước giữa mới nhằm qua bằng
            cải cách hành chính thủ tục ủy ban nhân dân quyết định nghị chỉ thị thông tư kế hoạch triển khai thực hiện
            công tác cơ quan đơn vị tỉnh thành phố huyện xã phường bộ nội vụ sở chủ tịch phó giám đốc lãnh đạo cán
            chức viên dịch trực tuyến văn bản hồ sơ giải kết quả đánh giá sự hài lòng phục đại hóa hoá chuyển đổi điện
            tử hệ thống quản lý nâng cao chất lượng hiệu tổ đề án chương trình đạt tăng giảm kỳ trung ương địa phương
            nhà nước tiếp nhận trả cửa liên tập đồng chí hội ý kiến xây dựng tổng hợp báo cáo rà soát đẩy mạnh tiêu
            tốt""".split("\\s+")));

    private CommonSyllables() {
    }
}
