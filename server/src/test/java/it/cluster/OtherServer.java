package it.cluster;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.servicehall.domain.model.calendar.DeadlineDefaults;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.WorkingCalendar;
import org.servicehall.domain.model.complaint.CategorySnapshot;
import org.servicehall.domain.model.complaint.Channel;
import org.servicehall.domain.model.complaint.Complainant;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.domain.shared.Actor;

/**
 * Does in the test server's database what another server of the hall would: stores a complaint
 * (POST /filing) or a message for a staff member (POST /message?to=user name) and writes the cluster
 * event for it under another node's name, in an application of its own, so the test server's
 * screens can only hear of it through the relay.
 */
@WebServlet(urlPatterns = {"/filing", "/message"})
public class OtherServer extends HttpServlet {

    static final String NODE = "it-other-node";

    private static final DeadlinePolicy DEADLINES = new DeadlinePolicy(WorkingCalendar.weekdaysOnly(),
            DeadlineDefaults.standard(), ZoneId.of("Asia/Shanghai"), LocalTime.of(17, 30));
    private static final CategorySnapshot FACILITIES =
            new CategorySnapshot("FACILITIES_ENVIRONMENT", "设施环境", "Facilities and environment");

    @Inject
    ComplaintRepository complaints;

    @Inject
    Clock clock;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/servicehall")
    DataSource database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String answer = "/filing".equals(request.getServletPath()) ? file() : message(request.getParameter("to"));
            response.setContentType("text/plain");
            response.getWriter().write(answer);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private String file() throws Exception {
        transaction.begin();
        TrackingNumber number = complaints.nextTrackingNumber(LocalDate.now(clock.withZone(DEADLINES.zone())));
        complaints.store(Complaint.receive(number, Channel.KIOSK, FACILITIES, "另一台服务器受理：大厅饮水机没有热水。",
                Complainant.anonymous(), Actor.citizen("HALL1-K09"), clock.instant(), null, DEADLINES));
        transaction.commit();
        event("COMPLAINT_FILED", number.value());
        return number.value();
    }

    /** A message as the outbox stores one for a staff member (the other server's JpaOutbox). */
    private String message(String to) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO OUTBOX (CREATED_AT, RECIPIENT_KIND,"
                     + " RECIPIENT_ID, SUBJECT_ZH, SUBJECT_EN, BODY_ZH, BODY_EN, ATTEMPTS, KIND, IMPORTANT)"
                     + " VALUES (?, 'STAFF', ?, '另一台服务器的消息', 'A message from another server', '请查看。', 'Please have a look.', 0, ?, ?)")) {
            insert.setTimestamp(1, utc(clock.instant()));
            insert.setString(2, to);
            insert.setNull(3, Types.VARCHAR);
            insert.setBoolean(4, false);
            insert.executeUpdate();
        }
        event("STAFF_MESSAGE_POSTED", null);
        return to;
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private void event(String kind, String subject) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO CLUSTER_EVENT (KIND, SUBJECT, ORIGIN, CREATED_AT) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, kind);
            insert.setString(2, subject);
            insert.setString(3, NODE);
            insert.setTimestamp(4, utc(Instant.now()));
            insert.executeUpdate();
        }
    }
}
