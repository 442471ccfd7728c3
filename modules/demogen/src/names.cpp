// SPDX-License-Identifier: GPL-3.0-or-later
#include "names.h"

namespace Cc::Demo {

QStringList streetNames()
{
    return {QStringLiteral("城关街道"), QStringLiteral("东城街道"), QStringLiteral("西城街道"),
            QStringLiteral("南城街道")};
}

QStringList communityNames()
{
    return QStringLiteral(
               "人民路 文化路 建设路 光明 岳飞 扁鹊 羑里 汤河 北关 南关 东关 西关 新华 和平 "
               "胜利 解放 中华 育才 朝阳 阳光 幸福 康乐 富民 安居 花园 春晖 丰收 锦绣 长青 "
               "汇丰 德政 学府 兴业 滨河 紫薇 翠苑 明珠 金桥 银杏 红旗")
        .split(QLatin1Char(' '));
}

QList<DepartmentSpec> departmentSpecs()
{
    return {
        {"D01", "县城市管理局市政管理处", "Municipal Engineering Office", "municipal", 1},
        {"D02", "县城市管理局路灯管理所", "Street Lighting Office", "lighting", 1},
        {"D03", "县城市管理局环境卫生管理处", "Sanitation Office", "sanitation", 1},
        {"D04", "县园林绿化服务中心", "Landscaping Centre", "landscaping", 1},
        {"D05", "县公安局交通警察大队", "Traffic Police Brigade", "traffic", 1},
        {"D06", "县交通运输局", "Transport Bureau", "traffic", 1},
        {"D07", "县城市管理综合执法大队", "Urban Management Enforcement Brigade",
         "urban-management", 1},
        {"D08", "县住房和城乡建设局", "Housing and Construction Bureau", "housing", 1},
        {"D09", "县自来水公司", "Water Supply Company", "water", 1},
        {"D10", "县水利局", "Water Resources Bureau", "water", 1},
        {"D11", "县燃气公司", "Gas Company", "gas", 1},
        {"D12", "国网汤阴县供电公司", "State Grid Power Supply Company", "power", 1},
        {"D13", "中国电信汤阴分公司", "China Telecom Branch", "telecom", 1},
        {"D14", "中国移动汤阴分公司", "China Mobile Branch", "telecom", 1},
        {"D15", "中国联通汤阴分公司", "China Unicom Branch", "telecom", 1},
        {"D16", "县广电网络公司", "Cable Network Company", "telecom", 1},
        {"D17", "县公安局", "Public Security Bureau", "public-security", 1},
        {"D18", "县市场监督管理局", "Market Regulation Bureau", "market", 1},
        {"D19", "市生态环境局汤阴分局", "Ecology and Environment Branch", "environment", 1},
        {"D20", "县自然资源局", "Natural Resources Bureau", "housing", 1},
        {"D21", "县排水管理所", "Drainage Office", "municipal", 2},
        {"D22", "县城市管理局广告管理科", "Outdoor Advertising Section", "urban-management", 2},
        {"D23", "县环卫清运公司", "Waste Collection Company", "sanitation", 2},
        {"D24", "县应急管理局", "Emergency Management Bureau", "public-security", 1},
        {"D25", "县文化广电和旅游局", "Culture and Tourism Bureau", "market", 1},
        {"S01", "城关街道办事处", "Chengguan Sub-district Office", "street-office", 1},
        {"S02", "东城街道办事处", "Dongcheng Sub-district Office", "street-office", 1},
        {"S03", "西城街道办事处", "Xicheng Sub-district Office", "street-office", 1},
        {"S04", "南城街道办事处", "Nancheng Sub-district Office", "street-office", 1},
    };
}

QString personName(std::mt19937_64 &random)
{
    static const QStringList surnames
        = QStringLiteral(
              "王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 韩 唐 冯 于 董 萧")
              .split(QLatin1Char(' '));
    static const QStringList given
        = QStringLiteral(
              "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 霞 平 刚 桂英 建华 志强 海燕 "
              "晓东 文博 子涵 浩然 雨桐 俊杰 欣怡 宇航 思远 建国 红梅 立新 春生 国庆 玉兰")
              .split(QLatin1Char(' '));
    return surnames[int(random() % surnames.size())] + given[int(random() % given.size())];
}

} // namespace Cc::Demo
