// SPDX-License-Identifier: GPL-3.0-or-later
// A tile's playback controls: the timeline with the recorded spans (green) and the position
// (click or drag to seek), then pause/play, one frame on, the speed and back to live; below,
// the clip's in and out points and "attach to case" (docs/video.md "Clips as evidence").
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityCommand.VideoWall

Rectangle {
    id: bar
    required property TilePlayback playback
    required property WallController wall
    required property int tileIndex
    readonly property double span: playback.windowEndMs - playback.windowStartMs
    function xOf(ms) { return Math.max(0, Math.min(1, (ms - playback.windowStartMs) / span)) * timeline.width }

    height: column.implicitHeight + 8
    color: "#d00b121d"

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 6 }
        spacing: 3

        Item {
            Layout.fillWidth: true
            implicitHeight: 14
            Rectangle {
                id: timeline
                objectName: "timeline"
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
                height: 10
                radius: 2
                color: "#2a3446"
                Repeater {
                    model: bar.playback.spans
                    Rectangle {
                        required property var modelData
                        x: bar.xOf(modelData.startMs)
                        width: Math.max(1, bar.xOf(modelData.endMs) - x)
                        height: parent.height
                        radius: 2
                        color: "#3cc46a"
                    }
                }
                // The clip being marked: white between its in and out points.
                Rectangle {
                    visible: bar.playback.inMs > 0
                    x: bar.xOf(bar.playback.inMs)
                    width: bar.playback.outMs > 0 ? Math.max(2, bar.xOf(bar.playback.outMs) - x) : 2
                    y: -2
                    height: parent.height + 4
                    color: "#a0ffffff"
                }
                Rectangle {
                    x: bar.xOf(bar.playback.positionMs) - 1
                    y: -3
                    width: 3
                    height: parent.height + 6
                    color: "#ffd24a"
                }
                MouseArea {
                    anchors.fill: parent
                    anchors.margins: -4
                    onClicked: (event) => bar.playback.seekFraction(event.x / timeline.width)
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            Label { text: bar.playback.windowStartText; color: "#8fa2ba"; font.pixelSize: 10 }
            Item { Layout.fillWidth: true }
            ToolButton {
                objectName: "pauseButton"
                text: bar.playback.paused ? qsTr("Play") : qsTr("Pause")
                font.pixelSize: 11
                onClicked: bar.playback.togglePause()
            }
            ToolButton {
                text: qsTr("Next frame")
                font.pixelSize: 11
                onClicked: bar.playback.step()
            }
            ComboBox {
                id: speed
                objectName: "speed"
                implicitWidth: 64
                font.pixelSize: 11
                model: ["0.5×", "1×", "2×", "4×", "8×"]
                readonly property var rates: [0.5, 1, 2, 4, 8]
                currentIndex: Math.max(0, rates.indexOf(bar.playback.rate))
                onActivated: (index) => bar.playback.setRate(rates[index])
            }
            ToolButton {
                objectName: "liveButton"
                text: qsTr("Back to live")
                font.pixelSize: 11
                onClicked: bar.playback.backToLive()
            }
            Item { Layout.fillWidth: true }
            Label { text: bar.playback.windowEndText; color: "#8fa2ba"; font.pixelSize: 10 }
        }
        RowLayout {
            objectName: "clipRow"
            Layout.fillWidth: true
            spacing: 4
            ToolButton {
                objectName: "markInButton"
                //: 入点: where the clip begins
                text: qsTr("In")
                font.pixelSize: 11
                onClicked: bar.playback.markIn()
            }
            ToolButton {
                objectName: "markOutButton"
                //: 出点: where the clip ends
                text: qsTr("Out")
                font.pixelSize: 11
                onClicked: bar.playback.markOut()
            }
            Label {
                Layout.fillWidth: true
                text: bar.playback.marksText !== "" ? bar.playback.marksText : qsTr("Mark a clip to attach it to a case")
                color: "#c8d4e4"
                font.pixelSize: 10
                elide: Text.ElideRight
            }
            TextField {
                id: caseNumber
                objectName: "clipCase"
                implicitWidth: 150
                font.pixelSize: 11
                placeholderText: qsTr("Case number")
                text: bar.wall.evidenceCase
                selectByMouse: true
            }
            ToolButton {
                objectName: "attachClipButton"
                text: qsTr("Attach to case")
                font.pixelSize: 11
                enabled: bar.wall.canAttachClips && bar.playback.inMs > 0 && bar.playback.outMs > 0 && caseNumber.text !== ""
                onClicked: bar.wall.attachClip(bar.tileIndex, caseNumber.text)
            }
        }
    }
}
