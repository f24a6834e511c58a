package org.servicehall.plugins.channel.email;

/** The lines of a reply that say which attachments were kept and which were not, in Chinese and English. */
final class KeptLists {

    private KeptLists() {
    }

    static String zh(Kept files) {
        StringBuilder text = new StringBuilder();
        if (!files.kept().isEmpty()) {
            text.append("以下附件已作为证据保存：").append(String.join("、", files.kept())).append("。\n\n");
        }
        if (!files.notKept().isEmpty()) {
            text.append("以下附件未能保存（仅接受大小在限额内的 PDF、JPG、PNG、MP3、WAV 文件），原邮件已留存：")
                    .append(String.join("、", files.notKept())).append("。\n\n");
        }
        return text.toString();
    }

    static String en(Kept files) {
        StringBuilder text = new StringBuilder();
        if (!files.kept().isEmpty()) {
            text.append("Attachments kept as evidence: ").append(String.join(", ", files.kept())).append(".\n\n");
        }
        if (!files.notKept().isEmpty()) {
            text.append("Attachments that could not be kept (only PDF, JPG, PNG, MP3 and WAV files within the size limit are "
                    + "accepted); your original mail is kept: ").append(String.join(", ", files.notKept())).append(".\n\n");
        }
        return text.toString();
    }
}
