package org.servicehall.bench;

/** The complaint categories the generated complaints are filed in, weighted by how often. */
final class Categories {

    record Category(String code, String zh, String en, double weight) {
    }

    static final Category[] CATEGORIES = {
            new Category("BUSINESS_HANDLING", "业务办理", "Business handling", 35),
            new Category("SERVICE_ATTITUDE", "服务态度", "Service attitude", 20),
            new Category("QUEUEING", "排队预约", "Queueing and appointments", 20),
            new Category("POLICY_CONSULTATION", "政策咨询", "Policy questions", 15),
            new Category("FACILITIES_ENVIRONMENT", "设施环境", "Facilities and environment", 10),
    };

    private Categories() {
    }
}
