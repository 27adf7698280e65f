package org.gongkai.requests.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.gongkai.requests.ApplicationInput;
import org.springframework.web.multipart.MultipartFile;

/** The application form as typed (a bean so that th:field keeps every value on a failed submit). */
public class ApplyForm {

    // The limits of every field, declared once: the pages read them (maxlength, required), the server enforces them.
    @Size(max = 40)
    private String applicantType = "NATURAL_PERSON";
    @NotBlank
    @Size(max = ApplicationInput.NAME_MAX)
    private String name;
    @Size(max = 18)
    private String idNumber;
    @Size(max = 18)
    private String creditCode;
    @NotBlank
    @Size(max = 11)
    private String phone;
    @Size(max = ApplicationInput.EMAIL_MAX)
    private String email;
    @Size(max = ApplicationInput.ADDRESS_MAX)
    private String address;
    @NotBlank
    @Size(max = 18)
    private String unitCode;
    @NotBlank
    @Size(max = ApplicationInput.DESCRIPTION_MAX)
    private String description;
    @Size(max = 16)
    private String deliveryForm = "ELECTRONIC";
    @Size(max = 16)
    private String deliveryChannel = "EMAIL";
    @Size(max = 100)
    private String formToken;
    @Size(max = 16)
    private String channel;
    @Size(max = 10)
    private String receivedOn;
    private MultipartFile attachment;
    /** 同意公开登记: unticked unless the applicant ticks it. */
    private boolean publishConsent;

    /** The intake's problems as field → message, the first per field (they replace the generic binding messages). */
    static java.util.Map<String, String> messages(java.util.List<org.gongkai.requests.FieldProblem> problems) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        problems.forEach(p -> out.putIfAbsent(p.field(), p.message()));
        return out;
    }

    ApplicationInput input() {
        return new ApplicationInput(applicantType, name, idNumber, creditCode, phone, email, address, unitCode,
                description, deliveryForm, deliveryChannel, publishConsent);
    }

    public String getApplicantType() { return applicantType; }
    public void setApplicantType(String v) { applicantType = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String v) { idNumber = v; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String v) { creditCode = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String v) { unitCode = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getDeliveryForm() { return deliveryForm; }
    public void setDeliveryForm(String v) { deliveryForm = v; }
    public String getDeliveryChannel() { return deliveryChannel; }
    public void setDeliveryChannel(String v) { deliveryChannel = v; }
    public String getFormToken() { return formToken; }
    public void setFormToken(String v) { formToken = v; }
    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v; }
    public String getReceivedOn() { return receivedOn; }
    public void setReceivedOn(String v) { receivedOn = v; }
    public boolean isPublishConsent() { return publishConsent; }
    public void setPublishConsent(boolean v) { publishConsent = v; }
    public MultipartFile getAttachment() { return attachment; }
    public void setAttachment(MultipartFile v) { attachment = v; }

    /** Whether a file was chosen (browsers send an empty part without a name when none was). */
    boolean hasAttachment() {
        return attachment != null && !(attachment.isEmpty()
                && (attachment.getOriginalFilename() == null || attachment.getOriginalFilename().isBlank()));
    }
}
