package org.servicehall.plugins.channel.wechat;

import java.util.List;
import org.servicehall.plugin.api.channel.ChannelCategory;

/** What followers read, in the account's language (zh-CN): short, within the platform's reply limit. */
final class Texts {

    static final String WELCOME = "您好，欢迎关注政务服务中心。";
    static final String NOT_TEXT = "暂时只能处理文字消息。";
    static final String CANCELLED = "已取消，本次没有登记投诉。";
    static final String UNAVAILABLE = "抱歉，暂时无法通过微信登记投诉，请到服务大厅窗口或拨打12345热线反映。";
    static final String REFUSED = "抱歉，这条投诉未能登记，请精简内容后重新发送，或到服务大厅窗口反映。";
    static final String BUSY = "当前咨询人数较多，请稍后再试。";

    private Texts() {
    }

    static String help(String keyword) {
        return "发送“" + keyword + "+事情经过”即可投诉，例如：" + keyword + " 窗口人员态度差，不一次性告知材料。\n"
                + "只发送“" + keyword + "”可按提示选择类别后描述。\n"
                + "查询进度请发送投诉编号，例如：TS-20260301-00001。";
    }

    static String filed(String trackingNumber, String queryCode) {
        return "您的投诉已受理，投诉编号：" + trackingNumber + "。\n"
                + (queryCode == null ? "" : "查询码：" + queryCode + "（在大厅自助终端或网站查询、评价时与编号一起输入，请勿告诉他人）。\n")
                + "我们将在规定时限内处理并反馈。查询进度请直接发送此编号。";
    }

    static String chooseCategory(List<ChannelCategory> categories) {
        return "请选择投诉类别，回复序号：\n" + list(categories) + "回复“取消”可退出。";
    }

    static String pickAgain(List<ChannelCategory> categories) {
        return "请回复 1–" + categories.size() + " 之间的序号：\n" + list(categories) + "回复“取消”可退出。";
    }

    static String describe(String categoryLabel) {
        return "您选择了“" + categoryLabel + "”。请用一段话描述事情经过（时间、窗口或人员、发生了什么），"
                + "需要回电请留下手机号码。";
    }

    static String notFound(String trackingNumber) {
        return "未查到投诉编号 " + trackingNumber + "，请核对后重新发送。";
    }

    static String status(String trackingNumber, String statusLabel, String categoryLabel, String receivedOn,
                         String updatedOn, boolean finished) {
        return "投诉编号：" + trackingNumber + "\n"
                + "当前状态：" + statusLabel + (finished ? "（已办结）" : "") + "\n"
                + "投诉类别：" + categoryLabel + "\n"
                + "受理日期：" + receivedOn + "\n"
                + "最近更新：" + updatedOn;
    }

    /** The stage only, for a complaint this follower did not file. */
    static String stage(String trackingNumber, String statusLabel, boolean finished) {
        return "投诉编号：" + trackingNumber + "\n"
                + "当前状态：" + statusLabel + (finished ? "（已办结）" : "") + "\n"
                + "详细情况仅向投诉人本人提供：请从提交投诉的微信账号查询，或凭查询码在大厅自助终端、网站查询。";
    }

    static String signedFor(String trackingNumber) {
        return "您的投诉（编号 " + trackingNumber + "）已由责任部门签收，正在调查核实。";
    }

    static String returned(String trackingNumber, String reason) {
        return "您的投诉（编号 " + trackingNumber + "）不属于本中心职责范围，已退回。"
                + (reason == null || reason.isBlank() ? "" : "说明：" + reason.strip());
    }

    static String result(String trackingNumber, String finding) {
        String outcome = switch (finding == null ? "" : finding) {
            case "SUBSTANTIATED" -> "经核实，投诉属实，已采取整改措施。";
            case "PARTLY_SUBSTANTIATED" -> "经核实，投诉部分属实，已采取相应措施。";
            case "NOT_SUBSTANTIATED" -> "经核实，投诉反映的情况不属实。";
            case "RESOLVED_ON_SPOT" -> "问题已当场解决。";
            default -> "";
        };
        return "您的投诉（编号 " + trackingNumber + "）已办结。" + outcome
                + "如对处理结果有异议，可到服务大厅窗口或拨打12345热线反映。";
    }

    private static String list(List<ChannelCategory> categories) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < categories.size(); i++) {
            out.append(i + 1).append(". ").append(categories.get(i).label().zh()).append('\n');
        }
        return out.toString();
    }
}
