package org.gongkai.organisation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.organisation.ReadingPlace;
import org.gongkai.organisation.ReadingPlaces;

/** The reading-place form (查阅点) of the console. */
public class ReadingPlaceForm {

    @NotBlank(message = "请填写名称")
    @Size(max = ReadingPlaces.NAME_MAX, message = "名称不能超过200字")
    private String name;

    @NotNull(message = "请选择查阅点类型")
    private ReadingPlace.Kind kind;

    @NotBlank(message = "请填写地址")
    @Size(max = ReadingPlaces.ADDRESS_MAX, message = "地址不能超过300字")
    private String address;

    @NotBlank(message = "请填写开放时间")
    @Size(max = ReadingPlaces.HOURS_MAX, message = "开放时间不能超过200字")
    private String hours;

    @Size(max = ReadingPlaces.PHONE_MAX, message = "电话不能超过50字")
    private String phone;

    @Size(max = ReadingPlaces.AVAILABLE_MAX, message = "可查阅内容不能超过2000字")
    private String available;

    @NotNull(message = "请填写排序")
    @Min(value = 0, message = "排序应为0至9999")
    @Max(value = 9999, message = "排序应为0至9999")
    private Integer position = 0;

    static ReadingPlaceForm of(ReadingPlace p) {
        ReadingPlaceForm f = new ReadingPlaceForm();
        f.name = p.name();
        f.kind = p.kind();
        f.address = p.address();
        f.hours = p.hours();
        f.phone = p.phone();
        f.available = p.available();
        f.position = p.position();
        return f;
    }

    ReadingPlace.Details details() {
        return new ReadingPlace.Details(name, kind, address, hours, phone, available, position == null ? 0 : position);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ReadingPlace.Kind getKind() { return kind; }
    public void setKind(ReadingPlace.Kind kind) { this.kind = kind; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getHours() { return hours; }
    public void setHours(String hours) { this.hours = hours; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAvailable() { return available; }
    public void setAvailable(String available) { this.available = available; }
    public Integer getPosition() { return position; }
    public void setPosition(Integer position) { this.position = position; }
}
