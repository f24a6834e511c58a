package org.servicehall.bench;

/** Stable Chinese display names for user names and complainants. */
final class Names {

    private static final String[] FAMILY = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
            + "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤").split("");
    private static final String[] GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国红玉梅文斌宇浩然欣怡子涵晨阳思远嘉琪雨桐俊宏志鹏婷雪峰海燕春晓"
            .split("");

    /** A stable display name for a user name. */
    static String displayName(String username) {
        int h = username.hashCode() & 0x7fffffff;
        return FAMILY[h % FAMILY.length] + GIVEN[(h / 131) % GIVEN.length] + ((h & 1) == 0 ? GIVEN[(h / 7) % GIVEN.length] : "");
    }

    private Names() {
    }
}
