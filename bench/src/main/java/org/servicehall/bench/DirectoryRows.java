package org.servicehall.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** The departments and staff the generated complaints name, written as the server's directory holds them. */
final class DirectoryRows {

    private DirectoryRows() {
    }

    /** The departments and staff the complaints name, as the directory would hold them. */
    static void insert(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement dept = c.prepareStatement("INSERT INTO DEPARTMENT (CODE, VERSION, KIND, NAME_ZH, NAME_EN,"
                + " PHONE, ADDRESS, OFFICE_HOURS, REMIT, ACTIVE) VALUES (?, 0, 'DEPARTMENT', ?, ?, ?, ?, ?, ?, TRUE)");
             PreparedStatement staff = c.prepareStatement("INSERT INTO STAFF_MEMBER (USERNAME, VERSION, DISPLAY_NAME,"
                     + " STAFF_NUMBER, DEPARTMENT_CODE, WINDOW_NUMBER, ACTIVE) VALUES (?, 0, ?, ?, ?, ?, TRUE)")) {
            int number = 0;
            for (Hall.Dept d : Hall.DEPARTMENTS) {
                dept.setString(1, d.code());
                dept.setString(2, d.nameZh());
                dept.setString(3, d.nameEn());
                dept.setString(4, "0571-870000" + String.format("%02d", ++number));
                dept.setString(5, "服务大厅");
                dept.setString(6, "工作日 9:00-17:30");
                dept.setString(7, d.nameZh());
                dept.addBatch();
                for (int h = 0; h < d.handlers(); h++) {
                    String user = Hall.handlerId(d, h);
                    staffRow(staff, user, "H" + number + String.format("%02d", h), d.code());
                }
            }
            for (String user : Hall.RECEPTION) {
                staffRow(staff, user, "R" + user.substring(4), "RECEPTION_DESK");
            }
            for (String user : Hall.SUPERVISORS) {
                staffRow(staff, user, "S" + user.substring(4), "COMPLAINTS_OFFICE");
            }
            dept.executeBatch();
            staff.executeBatch();
        }
        c.commit();
    }

    private static void staffRow(PreparedStatement staff, String user, String number, String dept) throws SQLException {
        staff.setString(1, user);
        staff.setString(2, Names.displayName(user));
        staff.setString(3, number);
        staff.setString(4, dept);
        staff.setNull(5, Types.VARCHAR);
        staff.addBatch();
    }
}
