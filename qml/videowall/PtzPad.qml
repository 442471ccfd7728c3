// SPDX-License-Identifier: GPL-3.0-or-later
// A PTZ camera's controls on its tile (docs/video.md "PTZ"): arrows (held: the camera turns
// until released), zoom in/out, preset slots (click: go there; hold 1 s: store the current
// view). Drag on the picture and the keyboard do the same (Tile.qml).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityCommand.VideoWall

Rectangle {
    id: pad
    required property TilePtz ptz
    readonly property real speed: 0.5

    width: layout.implicitWidth + 12
    height: layout.implicitHeight + 12
    radius: 6
    color: "#c00b121d"
    border.color: "#3a4a60"

    component HoldButton: Button {
        id: hold
        property real pan: 0
        property real tilt: 0
        property real zoom: 0
        implicitWidth: 30
        implicitHeight: 26
        font.pixelSize: 13
        padding: 0
        onPressed: pad.ptz.move(pan, tilt, zoom)
        onReleased: pad.ptz.stop()
        onCanceled: pad.ptz.stop()
    }

    ColumnLayout {
        id: layout
        anchors.centerIn: parent
        spacing: 4
        GridLayout {
            columns: 3
            rowSpacing: 2
            columnSpacing: 2
            Layout.alignment: Qt.AlignHCenter
            HoldButton { text: "↖"; pan: -pad.speed; tilt: pad.speed }
            HoldButton { objectName: "ptzUp"; text: "▲"; tilt: pad.speed }
            HoldButton { text: "↗"; pan: pad.speed; tilt: pad.speed }
            HoldButton { objectName: "ptzLeft"; text: "◀"; pan: -pad.speed }
            Label {
                text: pad.ptz.moving ? "●" : "○"
                color: pad.ptz.moving ? "#ffd24a" : "#8fa2ba"
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            HoldButton { objectName: "ptzRight"; text: "▶"; pan: pad.speed }
            HoldButton { text: "↙"; pan: -pad.speed; tilt: -pad.speed }
            HoldButton { objectName: "ptzDown"; text: "▼"; tilt: -pad.speed }
            HoldButton { text: "↘"; pan: pad.speed; tilt: -pad.speed }
        }
        RowLayout {
            spacing: 2
            Layout.alignment: Qt.AlignHCenter
            //: zoom in (拉近)
            HoldButton { objectName: "ptzZoomIn"; text: qsTr("Zoom +"); implicitWidth: 46; zoom: pad.speed }
            //: zoom out (拉远)
            HoldButton { objectName: "ptzZoomOut"; text: qsTr("Zoom −"); implicitWidth: 46; zoom: -pad.speed }
        }
        RowLayout {
            spacing: 2
            Layout.alignment: Qt.AlignHCenter
            Repeater {
                model: pad.ptz.presetSlots
                Button {
                    required property int index
                    readonly property int slot: index + 1
                    objectName: "ptzPreset" + slot
                    text: String(slot)
                    implicitWidth: 22
                    implicitHeight: 22
                    padding: 0
                    font.pixelSize: 11
                    highlighted: pad.ptz.hasPreset(slot)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Preset %1: click to go there, hold to store this view").arg(slot)
                    onClicked: pad.ptz.gotoPreset(slot)
                    onPressAndHold: pad.ptz.setPreset(slot)
                    Connections {
                        target: pad.ptz
                        function onPresetsChanged() { highlighted = pad.ptz.hasPreset(slot) }
                    }
                }
            }
        }
        Label {
            visible: pad.ptz.statusText !== ""
            text: pad.ptz.statusText
            color: "#ff9a80"
            font.pixelSize: 10
            wrapMode: Text.Wrap
            Layout.maximumWidth: 150
        }
    }
}
