package org.gongkai.web;

import java.util.List;

/** A column of the portal. Until a capability is built, its page says honestly what will be there. */
record PortalSection(String slug, String title, String href, String summary, String status, List<String> plans) {

    private static final String NOT_YET = "本栏目正在建设中，内容将在相关功能上线后发布。";

    static final List<PortalSection> ALL = List.of(
            new PortalSection("openness", "政府信息公开", "/openness",
                    "依据《中华人民共和国政府信息公开条例》主动公开政府信息，并受理依申请公开。",
                    "已开放：政府信息公开指南、政府信息公开制度、法定主动公开内容（按发布机构、主题、信息类别和年度浏览）、政策文件及其有效性、法律法规（按效力级别和发布机关）、检索、政府信息公开年报和依申请公开（在线申请、进度查询、申请表下载）。",
                    List.of("政府信息公开指南和公开目录", "法定主动公开内容：政策文件、规划计划、财政预决算等",
                            "政策解读与文件有效性说明", "依申请公开：在线提交申请并查询办理进度",
                            "政府信息公开工作年度报告")),
            new PortalSection("services", "政务服务", "/services",
                    "查询县、乡镇（街道）、村（社区）三级政务服务事项的办事指南，了解办理时限和所需材料。",
                    "已开放：办事指南（按办理层级、实施部门、人生事件和服务对象浏览，可打印），政务服务中心和便民服务站。",
                    List.of("政务服务事项目录和办事指南", "办件进度查询", "政务服务“好差评”")),
            new PortalSection("interaction", "互动交流", "/interaction",
                    "通过 12345 热线、留言和政策征求意见与政府互动。",
                    "12345 在线诉求已经开放：可在“12345 在线诉求”页面（/hotline）提交咨询、求助、投诉、举报、建议或表扬，"
                            + "凭工单编号和查询码在 /hotline/status 查询办理进度和答复。政策文件征求意见正在建设中。",
                    List.of("12345 热线诉求提交与查询（已开放：/hotline）", "政策文件公开征求意见", "意见采纳情况反馈")),
            new PortalSection("data", "数据发布", "/data",
                    "发布机构设置、统计数据和公共资源交易等开放数据。",
                    "机构设置数据已经开放：可通过接口 /api/v1/units 获取本县各单位的名称、统一社会信用代码和上下级关系。其他数据正在建设中。",
                    List.of("机构设置开放数据（已提供接口 /api/v1/units）", "公共资源交易项目和结果",
                            "政务公开和政务服务工作统计")));

    static PortalSection bySlug(String slug) {
        return ALL.stream().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow();
    }
}
