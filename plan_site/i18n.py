"""Interface words in both languages: one table, so no label is scattered as a literal."""

from __future__ import annotations

from .model import Lang

LABELS: dict[str, tuple[str, str]] = {
    # key: (Vietnamese, English)
    "site_name": ("Kế hoạch phòng, chống xâm hại trẻ em – Bắc Kạn", "Child Abuse Prevention Plan – Bắc Kạn"),
    "original_text": ("Văn bản gốc", "Original text"),
    "agencies": ("Cơ quan", "Agencies"),
    "agencies_intro": (
        "Mười bốn mục phân công nhiệm vụ tại phần III của Kế hoạch; mỗi mục một trang.",
        "The fourteen numbered assignments in Part III of the Plan, one page each.",
    ),
    "other_bodies": ("Các cơ quan, tổ chức khác được nhắc đến", "Other bodies the text names"),
    "instruments": ("Văn bản được dẫn chiếu", "Cited instruments"),
    "key_tasks": ("Nhiệm vụ trọng tâm", "Key tasks"),
    "themes": ("Chủ đề", "Themes"),
    "targets_reporting": ("Chỉ tiêu và báo cáo", "Targets and reporting"),
    "glossary": ("Thuật ngữ", "Glossary"),
    "about": ("Giới thiệu", "About"),
    "guides": ("Tìm hiểu Kế hoạch", "Explainers"),
    "finder": ("Tra cứu nhiệm vụ", "Duty finder"),
    "finder_intro": (
        ("Tất cả nhiệm vụ của Kế hoạch trong một danh sách. Lọc theo cơ quan, nhiệm vụ trọng tâm, chủ đề, vai trò "
         "hoặc gõ vài chữ (có dấu hay không dấu đều được); địa chỉ trang giữ bộ lọc để chia sẻ hoặc đánh dấu."),
        ("Every duty of the Plan in one list. Filter by agency, key task, theme or role, or type a few words "
         "(accents and case do not matter); the page address keeps the filters, so a view can be shared or bookmarked."),
    ),
    "finder_text": ("Tìm trong nội dung", "Words in the text"),
    "finder_all": ("Tất cả", "All"),
    "finder_reset": ("Xóa bộ lọc", "Clear filters"),
    "finder_count": ("{shown} trên {total} nhiệm vụ", "{shown} of {total} duties"),
    "duty": ("Nhiệm vụ", "Duty"),
    "duties": ("Nhiệm vụ", "Duties"),
    "duty_count": ("nhiệm vụ", "duties"),
    "roles": ("Vai trò", "Roles"),
    "partners": ("Phối hợp với", "Works with"),
    "cites": ("Văn bản dẫn chiếu", "Cites"),
    "targets": ("Chỉ tiêu", "Targets"),
    "reports": ("Báo cáo", "Reporting"),
    "serves_key_tasks": ("Phục vụ nhiệm vụ trọng tâm", "Serves key tasks"),
    "theme_tags": ("Chủ đề", "Themes"),
    "editorial": ("biên tập", "editorial"),
    "editorial_note": ("Ghi chú biên tập", "Editorial note"),
    "source": ("Nguồn", "Sources"),
    "as_of": ("cập nhật đến", "as of"),
    "confidence": ("độ tin cậy", "confidence"),
    "confidence_high": ("cao", "high"),
    "confidence_medium": ("trung bình", "medium"),
    "confidence_low": ("thấp", "low"),
    "since_2025": ("Từ năm 2025 nhiệm vụ này thuộc về đâu?", "Where do these duties sit since 2025?"),
    "in_original": ("Xem trong văn bản gốc", "See in the original text"),
    "original_vi": ("Nguyên văn tiếng Việt", "Vietnamese original"),
    "others_coordinate": ("Các cơ quan khác phải phối hợp với cơ quan này", "Where others must work with this body"),
    "bodies_in_assignment": ("Các cơ quan trong mục này", "Bodies in this assignment"),
    "assignment": ("Mục", "Item"),
    "part": ("Phần", "Part"),
    "report_to": ("Báo cáo", "Report to"),
    "frequency_annual": ("hằng năm", "annual"),
    "frequency_periodic": ("định kỳ", "periodic"),
    "frequency_as-required": ("khi có yêu cầu", "when required"),
    "frequency_unspecified": ("không nêu thời hạn", "no frequency stated"),
    "none": ("Không có", "None"),
    "instrument_type": ("Loại văn bản", "Type"),
    "number": ("Số, ký hiệu", "Number"),
    "date": ("Ngày ban hành", "Date"),
    "issuer": ("Cơ quan ban hành", "Issued by"),
    "not_numbered": ("Kế hoạch không nêu số, ký hiệu", "The Plan gives no number"),
    # How the decision relates to an instrument, read from the instrument's side (the instruments index).
    "relation_to_plan": ("Quan hệ với Kế hoạch", "Relation to this Plan"),
    "relation_to_plan_basis": ("Căn cứ ban hành Quyết định 145/QĐ-UBND", "Legal basis of Decision 145/QĐ-UBND"),
    "relation_to_plan_implements": ("Được Kế hoạch này triển khai thực hiện", "Implemented by this Plan"),
    "relation_to_plan_cites": ("Được dẫn chiếu trong văn bản", "Cited in the text"),
    # Typed relations (the "lược đồ"): each reads "source <relation> target".
    "relations": ("Lược đồ: quan hệ với văn bản, cơ quan khác", "Relations with other documents and bodies"),
    "relations_summary": (
        "{relations} quan hệ giữa {ends} văn bản, cơ quan.",
        "{relations} relations between {ends} documents and bodies.",
    ),
    "relations_see_table": (
        "Bảng dưới đây liệt kê đủ các quan hệ, với ngày và xuất xứ.",
        "The table below lists every relation, with its date and where it comes from.",
    ),
    "relation": ("Quan hệ", "Relation"),
    "relation_basis": ("căn cứ", "is based on"),
    "relation_implements": ("thực hiện", "implements"),
    "relation_cites": ("dẫn chiếu", "cites"),
    "relation_replaced-by": ("được thay thế bởi", "is replaced by"),
    "relation_succeeded-by": ("được kế thừa bởi", "is succeeded by"),
    "relation_source": ("Văn bản, cơ quan", "Document or body"),
    "relation_target": ("Văn bản, cơ quan liên quan", "Related document or body"),
    "relation_date": ("Ngày", "Date"),
    "relation_origin": ("Xuất xứ", "Where it comes from"),
    "relation_from_text": ("Theo văn bản", "From the text"),
    "relation_from_date": ("từ {date}", "from {date}"),
    "status": ("Hiệu lực, tình trạng", "Status"),
    "official_links": ("Nguồn chính thức", "Official sources"),
    "link_not_verified": ("chưa kiểm tra được liên kết", "link not verified"),
    "cited_by": ("Nơi dẫn chiếu văn bản này", "Where this instrument is cited"),
    "identification": ("Xác định văn bản", "Identification"),
    "candidate": (
        "Văn bản được xác định (nhận định của nhóm biên tập, Kế hoạch không nêu)",
        "Candidate document (the editors' identification; the Plan does not name it)",
    ),
    "decision_status": ("Tình trạng của Quyết định này", "Status of this decision"),
    "translation": ("Bản dịch và tên cơ quan", "The translation and the names of bodies"),
    "document_identity": ("{type} {number} năm {year}", "{type} No. {number} of {year}"),
    "document_identity_undated": ("{type} {number}", "{type} No. {number}"),
    "no_number_given": ("Kế hoạch không nêu số, ký hiệu", "no number given in the Plan"),
    "year": ("Năm", "Year"),
    "matrix": ("Bảng cơ quan × nhiệm vụ trọng tâm", "Agencies × key tasks"),
    "matrix_caption": (
        "Số nhiệm vụ của mỗi cơ quan phục vụ từng nhiệm vụ trọng tâm (phân loại biên tập).",
        "Number of each agency's duties serving each key task (editorial tagging).",
    ),
    "agency": ("Cơ quan", "Agency"),
    "text": ("Nội dung", "Text"),
    "term": ("Thuật ngữ", "Term"),
    "definition": ("Giải thích", "Definition"),
    "term_base": ("Thuật ngữ dịch thống nhất", "Term base"),
    "term_base_intro": (
        ("Mỗi thuật ngữ tiếng Việt dưới đây có một cách dịch tiếng Anh duy nhất, dùng ở mọi chỗ thuật ngữ xuất hiện "
         "trong bản dịch; các dạng khác được chấp nhận ghi kèm. Tên cơ quan và tên văn bản được dịch theo tên tiếng "
         "Anh đã ghi trong dữ liệu."),
        ("Each Vietnamese term below has one English rendering, used wherever the term occurs in the translation; "
         "other accepted forms are listed with it. Names of bodies and instruments are rendered by the English names "
         "the data records for them."),
    ),
    "lang_vi": ("Tiếng Việt", "Vietnamese"),
    "lang_en": ("Tiếng Anh", "English"),
    "term_scope": ("Phạm vi, ghi chú", "Scope and notes"),
    "also_accepted": ("cũng dùng", "also"),
    "reporting_obligations": ("Nghĩa vụ báo cáo", "Reporting obligations"),
    "quantified_targets": ("Chỉ tiêu định lượng", "Quantified targets"),
    "unofficial_notice": (
        "Văn bản tiếng Việt là bản gốc có giá trị pháp lý.",
        "Unofficial translation. Only the Vietnamese text has legal force.",
    ),
    "home": ("Trang chủ", "Home"),
    "not_found_title": ("Không tìm thấy trang", "Page not found"),
    "not_found_text": (
        "Không có trang nào ở địa chỉ này: có thể địa chỉ bị gõ sai hoặc đã thay đổi. Các trang chính:",
        "There is no page at this address: it may be mistyped or out of date. The main pages:",
    ),
    "not_found_search": ("Tìm trong các nhiệm vụ", "Search the duties"),
    "not_found_search_button": ("Tìm", "Search"),
    "read_in_other_language": ("Read in English", "Đọc bằng tiếng Việt"),
    # Help for a child now (plan_site/render/hotline.py): on every page, in full on the home page.
    "help_now": ("Giúp đỡ trẻ em ngay", "Help for a child now"),
    "help_call": ("Trẻ em cần giúp đỡ? Gọi", "Child in danger? Call"),
    "help_line": (
        "Trẻ em cần giúp đỡ ngay? Gọi {hotline}, {name}: {service}. Khẩn cấp: gọi {emergency} ({emergency_name}).",
        ("A child needs help now? Call {hotline}, the {name}: {service}. In an emergency, call {emergency} "
         "({emergency_name})."),
    ),
    "help_question": (
        "Một trẻ em đang gặp nguy hiểm, hoặc bạn lo cho sự an toàn của một trẻ em? Hãy gọi:",
        "Is a child in danger, or are you worried about a child's safety? Call:",
    ),
    "help_emergency": ("Khẩn cấp", "In an emergency"),
    "help_sources": ("Nguồn, ngày cập nhật", "Sources and date"),
    # The side-by-side page. "parallel_column" heads each column in that column's own language.
    "parallel": ("Song ngữ Việt – Anh", "Side by side: Vietnamese and English"),
    "parallel_intro": (
        ("Toàn văn Quyết định và Kế hoạch, tiếng Việt bên trái, tiếng Anh bên phải, đối chiếu từng đoạn, "
         "từng nhiệm vụ. Chỉ văn bản tiếng Việt có giá trị pháp lý."),
        ("The whole decision and plan, Vietnamese on the left and English on the right, passage by passage "
         "and duty by duty. Only the Vietnamese text has legal force."),
    ),
    "parallel_column": ("Tiếng Việt (bản gốc)", "English (unofficial translation)"),
    "read_side_by_side": ("Đọc song ngữ Việt – Anh", "Read side by side with the Vietnamese"),
    "side_by_side": ("Song ngữ", "Side by side"),
    "table_of_contents": ("Mục lục", "Contents"),
    "decision": ("Quyết định", "Decision"),
    "plan": ("Kế hoạch", "Plan"),
    "article": ("Điều", "Article"),
    "duty_of": ("Nhiệm vụ của", "Duty of"),
    "assigned_in": ("Được giao nhiệm vụ tại", "Assigned duties in"),
    "mentioned_in": ("Được nhắc đến tại", "Mentioned in"),
    "no_assignment": ("Không có mục phân công riêng", "No assignment of its own"),
    "tagged": ("Các nhiệm vụ gắn chủ đề này", "Duties tagged with this theme"),
    "carried_by": ("Cơ quan và nhiệm vụ thực hiện", "Agencies and duties carrying it"),
    "key_task_text": ("Nội dung nhiệm vụ trọng tâm", "Text of the key task"),
    "total": ("Tổng", "Total"),
    "percent": ("%", "%"),
    "type_law": ("Luật", "Law"),
    "type_resolution": ("Nghị quyết", "Resolution"),
    "type_decision": ("Quyết định", "Decision"),
    "type_decree": ("Nghị định", "Decree"),
    "type_submission": ("Tờ trình", "Submission"),
    "type_regulation": ("Quy định", "Regulation"),
    "type_procedure": ("Quy trình", "Procedure"),
    "type_circular": ("Thông tư", "Circular"),
    # Citing and reusing the plan: permalinks, citations, checklists, coordination, open data.
    "permalink": ("Liên kết cố định", "Permalink"),
    "heading_permalink": ("Liên kết cố định tới đề mục này", "Permanent link to this heading"),
    "copy_citation": ("Sao chép trích dẫn", "Copy citation"),
    "citation_copied": ("Đã sao chép trích dẫn", "Citation copied"),
    "citation_copy_failed": (
        "Không sao chép được; hãy chọn và sao chép đoạn trích dẫn",
        "Could not copy; select and copy the citation text",
    ),
    "cite_as": ("Trích dẫn", "Cite as"),
    "page_address": ("Địa chỉ trang", "Page address"),
    "checklist": ("Danh sách kiểm tra", "Checklist"),
    "checklist_intro": ("Danh sách nhiệm vụ để theo dõi thực hiện:", "Duties to track, as a checklist:"),
    "checklist_printable": ("bản để in", "printable page"),
    "checklist_csv": ("tải CSV", "download CSV"),
    "checklist_print": ("In danh sách", "Print checklist"),
    "checklist_duty_id": ("Mã nhiệm vụ", "Duty"),
    "checklist_text": ("Nội dung nhiệm vụ", "Duty text"),
    "checklist_deadline": ("Thời hạn, tần suất", "Deadline or frequency"),
    "checklist_status": ("Tình trạng thực hiện", "Status"),
    "checklist_notes": ("Ghi chú", "Notes"),
    "checklist_citation": ("Trích dẫn", "Citation"),
    "checklist_link": ("Liên kết", "Link"),
    "checklist_footer": (
        "Cột tình trạng và ghi chú để trống để điền khi theo dõi thực hiện.",
        ("The status and notes columns are left blank to fill in. Unofficial translation: only the Vietnamese "
        "text has legal force."),
    ),
    "checklists": ("Danh sách kiểm tra theo cơ quan", "Checklists per agency"),
    "checklists_intro": (
        "Mỗi cơ quan có một danh sách nhiệm vụ để in và một tệp CSV (mở được bằng Excel) để theo dõi thực hiện.",
        "Each agency has a printable checklist of its duties and a CSV file (opens in Excel) to track implementation.",
    ),
    "report_template": ("Báo cáo kết quả thực hiện", "Reporting on implementation"),
    "report_templates_each": (
        "Báo cáo kết quả thực hiện, mỗi cơ quan một mẫu",
        "Reporting on implementation, one template per body",
    ),
    "report_template_file": ("mẫu báo cáo (tệp Word .docx)", "report template (Word .docx, in Vietnamese)"),
    "report_template_format": ("tệp Word .docx", "Word .docx, in Vietnamese"),
    "report_templates": ("Mẫu báo cáo theo cơ quan", "Report templates per agency"),
    "report_templates_intro": (
        ("Mỗi cơ quan được giao nhiệm vụ có một mẫu báo cáo kết quả thực hiện Kế hoạch (tệp Word .docx), trình bày "
         "theo Nghị định 30/2020/NĐ-CP: mỗi nhiệm vụ một dòng kèm trích dẫn, chỉ tiêu và yêu cầu báo cáo; các cột "
         "kết quả, khó khăn, đề xuất để trống. Mục nêu nhiều cơ quan có mỗi cơ quan một mẫu, vì mỗi cơ quan tự "
         "báo cáo."),
        ("Each body the Plan assigns duties to has a template, written in Vietnamese, for its report on implementing "
         "the Plan (a Word .docx file) laid out as Decree 30/2020/NĐ-CP prescribes: one row per duty with its "
         "citation, targets and reporting duties, and blank columns for results, difficulties and proposals. Where "
         "an item names several bodies, each has its own template, since each reports for itself."),
    ),
    "coordination": ("Phối hợp giữa các cơ quan", "Who works with whom"),
    "coordination_intro": (
        ("Các nhiệm vụ nêu rõ cơ quan nào phải phối hợp với cơ quan nào. Bên trái là cơ quan được giao nhiệm vụ, "
        "bên phải là cơ quan, tổ chức phải phối hợp; nét càng đậm, càng nhiều nhiệm vụ."),
        ("The duties name which bodies must work with which. On the left, the bodies that hold duties; on the "
        "right, the bodies they must work with; the thicker the line, the more duties."),
    ),
    "network_holders": ("Cơ quan được giao nhiệm vụ", "Body holding the duty"),
    "network_partners": ("Phối hợp với", "Works with"),
    "network_summary": (
        ("{pairs} cặp phối hợp giữa {holders} cơ quan được giao nhiệm vụ và {partners} cơ quan, tổ chức phối hợp, "
        "từ {mentions} lần nêu tên trong các nhiệm vụ."),
        ("{pairs} coordination pairs between {holders} bodies holding duties and {partners} partner bodies, "
        "from {mentions} mentions in the duties."),
    ),
    "network_see_table": ("Bảng dưới đây liệt kê đủ các cặp.", "The table below lists every pair."),
    "network_table": ("Các cặp phối hợp", "Coordination pairs"),
    "open_data": ("Dữ liệu mở", "Open data"),
    "open_data_intro": (
        ("Kế hoạch được công bố dưới dạng dữ liệu để cơ quan, nhà báo và nhà nghiên cứu sử dụng lại: tải về, "
        "so sánh, theo dõi việc thực hiện."),
        ("The plan is published as data for officials, journalists and researchers to reuse: download it, "
        "compare it, track its implementation."),
    ),
    "data_files": ("Các tệp", "Files"),
    "data_file": ("Tệp", "File"),
    "data_format": ("Định dạng", "Format"),
    "data_contents": ("Nội dung", "Contents"),
    "data_plan_json": (
        ("Toàn bộ Quyết định và Kế hoạch, đúng như dữ liệu gốc: văn bản song ngữ, cơ quan, văn bản dẫn chiếu, "
        "vai trò, chủ đề, thuật ngữ; và lược đồ: mọi quan hệ giữa các văn bản, cơ quan (căn cứ, thực hiện, "
        "dẫn chiếu, thay thế, kế thừa)"),
        ("The whole decision and plan exactly as the source data holds it: both languages, bodies, cited "
        "instruments, roles, themes, glossary; and every typed relation between documents and bodies (legal "
        "basis, implements, cites, replaced by, successor body)"),
    ),
    "data_duties_csv": ("{rows} dòng, mỗi dòng một nhiệm vụ", "{rows} rows, one per duty"),
    "data_schema_json": ("Lược đồ JSON mà plan.json tuân theo", "The JSON Schema that plan.json is valid against"),
    "data_datapackage": (
        "Mô tả các tệp, các cột và giấy phép (chuẩn Frictionless Data Package)",
        "Describes the files, columns and licences (Frictionless Data Package)",
    ),
    "data_stable": (
        ("Địa chỉ các tệp không thay đổi; mã nhiệm vụ (như III.7.3) và liên kết tới từng nhiệm vụ (như …/#iii-7-3) "
        "cũng vậy."),
        ("The addresses of these files do not change, and neither do duty ids (such as III.7.3) and the links to "
        "each duty (such as …/#iii-7-3)."),
    ),
    "akn_publisher": ("Nhóm dự án (trang này)", "Project team (this site)"),
    "akn_identifier": ("Định danh cố định (Akoma Ntoso)", "Permanent identifier (Akoma Ntoso)"),
    "akn_vi": ("bản gốc tiếng Việt", "Vietnamese original"),
    "akn_en": ("bản dịch tiếng Anh không chính thức", "unofficial English translation"),
    "akn_downloads": ("Tải về dạng Akoma Ntoso XML", "Download as Akoma Ntoso XML"),
    "data_akn": (
        "Quyết định và Kế hoạch theo chuẩn Akoma Ntoso 3.0 (OASIS LegalDocML)",
        "The decision and the Plan in Akoma Ntoso 3.0 (OASIS LegalDocML)",
    ),
    "akn_heading": ("Akoma Ntoso và định danh cố định", "Akoma Ntoso and permanent identifiers"),
    "akn_intro": (
        ("Hai tệp XML là hai bản thể hiện (expression) của cùng một văn bản (work) theo chuẩn Akoma Ntoso: bản gốc "
        "tiếng Việt ({vie}) và bản dịch tiếng Anh ({eng}). Định danh cố định của Quyết định là {work}; định danh này "
        "không đổi, kể cả sau khi tỉnh Bắc Kạn hợp nhất năm 2025. Mỗi phần, mục và nhiệm vụ có mã eId lấy từ mã của "
        "nó trong dữ liệu, ví dụ nhiệm vụ {duty} là {portion}; plan.json liệt kê đủ các mã này (khóa identifiers)."),
        ("The two XML files are two expressions of one work in Akoma Ntoso: the Vietnamese original ({vie}) and "
        "the English translation ({eng}). The decision's permanent identifier is {work}; it does not change, not "
        "even after Bắc Kạn's 2025 merger. Every part, item and duty has an eId derived from its id in the data: "
        "duty {duty}, for example, is {portion}; plan.json lists them all (key identifiers)."),
    ),
    "data_columns": ("Các cột của duties.csv", "Columns of duties.csv"),
    "data_columns_intro": (
        ("Mỗi dòng là một nhiệm vụ; cột có nhiều giá trị dùng dấu {sep} để phân tách. Mã cơ quan, vai trò, chủ "
        "đề… khớp với plan.json."),
        ("One row per duty; columns with several values separate them with {sep}. Ids of bodies, roles, themes… "
        "match plan.json."),
    ),
    "data_column": ("Cột", "Column"),
    "data_meaning": ("Ý nghĩa", "Meaning"),
    "licence": ("Giấy phép", "Licence"),
    "licence_mixed": (
        "Nguyên văn tiếng Việt: không thuộc đối tượng bảo hộ quyền tác giả; bản dịch và phần biên tập: CC BY 4.0",
        "Vietnamese text: not subject to copyright; translation and editorial layer: CC BY 4.0",
    ),
    "licence_legal_text": (
        ("Nguyên văn tiếng Việt của Quyết định số 145/QĐ-UBND và Kế hoạch kèm theo là văn bản hành chính của cơ "
        "quan nhà nước, không thuộc đối tượng bảo hộ quyền tác giả (khoản 2 Điều 15 Luật Sở hữu trí tuệ): ai cũng "
        "có thể sao chép, đăng tải và sử dụng lại."),
        ("The Vietnamese text of Decision No. 145/QĐ-UBND and its Plan is an administrative document of a state "
        "body and is not subject to copyright (Law on Intellectual Property, Article 15(2)): anyone may copy, "
        "publish and reuse it."),
    ),
    "licence_editorial": (
        ("Bản dịch tiếng Anh, phần biên tập (vai trò, cơ quan phối hợp, chỉ tiêu, nhiệm vụ trọng tâm, chủ đề, "
        "ghi chú, thuật ngữ) và cấu trúc dữ liệu do nhóm dự án biên soạn, được cấp phép theo giấy phép"),
        ("The English translation, the editorial layer (roles, partners, targets, key-task and theme tagging, "
        "notes, glossary) and the structure of the data are the project's work, licensed under the"),
    ),
    "licence_attribution": (
        "Khi sử dụng lại, xin ghi nguồn và nói rõ bản tiếng Anh là bản dịch không chính thức, ví dụ:",
        ("When you reuse them, credit the source and say that the English is an unofficial translation, "
        "for example:"),
    ),
    "licence_attribution_example": (
        ("Nguồn: Kế hoạch phòng, chống xâm hại trẻ em tỉnh Bắc Kạn (Quyết định 145/QĐ-UBND), dữ liệu và bản dịch "
        "không chính thức theo giấy phép CC BY 4.0."),
        ("Source: Bắc Kạn plan on preventing and combating child abuse (Decision 145/QĐ-UBND), data and unofficial "
        "English translation under CC BY 4.0."),
    ),
    # What changed, and when: the changelog's page and Atom feeds.
    "whats_new": ("Có gì mới", "What's new"),
    "whats_new_intro": (
        "Các lần sửa đổi dữ liệu của trang (văn bản, bản dịch, ghi chú biên tập, nguồn), mới nhất trước.",
        "Each revision of the site's data (text, translation, editorial notes, sources), newest first.",
    ),
    "whats_new_follow": ("Theo dõi bằng trình đọc tin:", "Follow them in a feed reader:"),
    "feed_link": ("nguồn tin Atom", "Atom feed"),
    "feed_title": ("Có gì mới (Atom)", "What's new (Atom)"),
    "feed_author": ("Nhóm dự án", "The project team"),
    "change_touches": ("Dữ liệu được sửa", "Records changed"),
    "change_publication": ("Công bố", "Publication"),
    "change_correction": ("Đính chính", "Correction"),
    "change_source": ("Nguồn", "Sources"),
    "change_translation": ("Bản dịch", "Translation"),
    "change_addition": ("Bổ sung", "Addition"),
}


def t(key: str, lang: Lang) -> str:
    """The label ``key`` in ``lang``; an unknown key fails loudly rather than rendering nothing."""
    try:
        vi, en = LABELS[key]
    except KeyError:
        raise KeyError(f"Unknown interface label: {key!r}") from None
    return vi if lang == "vi" else en
